/**
 * When a call has ended, from what the tab reports: the call UI left (no leave button, no
 * captions), the tab moved to another meeting or off the call app, or the tab closed. A call
 * that never started (nothing heard, never in the call) cannot end. Pure.
 */
export interface CallState {
  /** Seen in the call (its leave button) or captions heard. */
  started: boolean;
  /** The meeting the call is on (its URL without query), to notice a move to another one. */
  meetingUrl: string;
}

export type TabReport =
  | { kind: 'page'; surface: string; url: string; inCall: boolean; captionsOn: boolean | null }
  | { kind: 'tab-gone' };

export type CallEnd = 'left-the-call' | 'another-meeting' | 'left-the-app' | 'tab-closed';

const meetingOf = (url: string) => url.split(/[?#]/)[0]!;

/** Why the call ended with this report, or null while it goes on. */
export function callEnd(state: CallState, report: TabReport): CallEnd | null {
  if (!state.started) return null;
  if (report.kind === 'tab-gone') return 'tab-closed';
  if (report.surface !== 'call') return 'left-the-app';
  if (meetingOf(report.url) !== meetingOf(state.meetingUrl)) return 'another-meeting';
  // Captions still showing means the call goes on, whatever the toolbar says.
  if (!report.inCall && report.captionsOn !== true) return 'left-the-call';
  return null;
}

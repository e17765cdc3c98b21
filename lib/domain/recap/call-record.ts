/**
 * One call as the background keeps it until the recap is saved: its lines, the people seen on
 * it and when it started and ended. Local only (session storage); the recap note is what syncs.
 */
import type { CallLine } from './call-line';

export interface CallRecord {
  /** Stable per call: the tab's meeting and the time it started. */
  callId: string;
  accountId: string | null;
  title?: string;
  startedAt: string;
  endedAt?: string;
  /** Names seen in the participant list, the user excluded. */
  participants: string[];
  lines: CallLine[];
}

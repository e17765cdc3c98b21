import { describe, expect, it } from 'vitest';
import { callEnd, type CallState, type TabReport } from './call-end';

const URL = 'https://meet.google.com/kfz-qwmx-dpr';
const started: CallState = { started: true, meetingUrl: URL };
const page = (over: Partial<Extract<TabReport, { kind: 'page' }>> = {}): TabReport => ({
  kind: 'page',
  surface: 'call',
  url: URL,
  inCall: true,
  captionsOn: true,
  ...over,
});

describe('callEnd', () => {
  it.each([
    ['the call goes on while in it with captions', started, page(), null],
    [
      'the call goes on when the toolbar hides but captions still show',
      started,
      page({ inCall: false }),
      null,
    ],
    [
      'the call ends when the call UI leaves and captions stop',
      started,
      page({ inCall: false, captionsOn: null }),
      'left-the-call',
    ],
    ['a query string change is the same meeting', started, page({ url: `${URL}?authuser=1` }), null],
    [
      'moving to another meeting ends it',
      started,
      page({ url: 'https://meet.google.com/abc-defg-hij' }),
      'another-meeting',
    ],
    ['leaving the call app ends it', started, page({ surface: 'email' }), 'left-the-app'],
    ['closing the tab ends it', started, { kind: 'tab-gone' }, 'tab-closed'],
    ['a call never started cannot end', { ...started, started: false }, { kind: 'tab-gone' }, null],
    [
      'a lobby left before joining is no call',
      { ...started, started: false },
      page({ inCall: false, captionsOn: null }),
      null,
    ],
  ] as const)('%s', (_rule, state, report, expected) => {
    expect(callEnd(state, report)).toBe(expected);
  });
});

/** A short discovery call for recap tests (names and words invented for the tests). */
import { evidence } from '../../domain/diagnosis/test-builders';
import type { CallLine } from '../../domain/recap/call-line';
import type { CallRecord } from '../../domain/recap/call-record';

export const START = '2026-12-03T10:00:00.000Z';
export const END = '2026-12-03T10:30:00.000Z';

let n = 0;
export const said = (
  speaker: string,
  side: CallLine['side'],
  text: string,
  extra: Partial<CallLine> = {},
): CallLine => ({
  id: `l${++n}`,
  speaker,
  side,
  text,
  at: '2026-12-03T10:05:00.000Z',
  ...extra,
});

export function testCall(overrides: Partial<CallRecord> = {}): CallRecord {
  return {
    callId: 'call-1',
    accountId: 'a1',
    title: 'Acme Freight — discovery',
    startedAt: START,
    endedAt: END,
    participants: ['Dana Reyes', 'Marcus Lindqvist', 'Jo Whitfield', 'Priya Nair'],
    lines: [
      said(
        'Dana Reyes',
        'buyer',
        'The team is exhausted after the outage. We spent three weekends firefighting.',
      ),
      said('You', 'seller', 'I’ll send the security summary by Friday.'),
      said('Marcus Lindqvist', 'buyer', 'What if it fails halfway? I will loop in finance next week.'),
      said('Jo Whitfield', 'buyer', 'Wir haben das schon einmal versucht, aber es hat nicht funktioniert.', {
        language: 'de',
      }),
    ],
    ...overrides,
  };
}

/** Caption evidence of the call: one confirmed, one suggested, one rejected, one from an earlier call. */
export const CALL_EVIDENCE = [
  evidence({
    id: 'c1',
    source: 'caption',
    side: 'buyer',
    status: 'confirmed',
    motivation: 'relief',
    quote: 'The team is exhausted after the outage.',
    speaker: 'Dana Reyes',
    at: '2026-12-03T10:05:00.000Z',
  }),
  evidence({
    id: 'c2',
    source: 'caption',
    side: 'buyer',
    status: 'suggested',
    motivation: 'risk',
    quote: 'What if it fails halfway?',
    speaker: 'Marcus Lindqvist',
    at: '2026-12-03T10:06:00.000Z',
  }),
  evidence({
    id: 'c3',
    source: 'caption',
    side: 'buyer',
    status: 'rejected',
    motivation: 'growth',
    quote: 'We want to grow.',
    at: '2026-12-03T10:07:00.000Z',
  }),
  evidence({
    id: 'c4',
    source: 'caption',
    side: 'buyer',
    status: 'confirmed',
    motivation: 'control',
    quote: 'An older call.',
    at: '2026-11-20T10:07:00.000Z',
  }),
];

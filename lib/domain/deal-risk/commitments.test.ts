import { describe, expect, it } from 'vitest';
import { commitmentsIn, lastCallCommitments } from './commitments';

const note = (id: string, text: string, at: string, kind: 'call' | 'email' = 'call') => ({
  id,
  kind,
  text,
  at,
});

describe('commitmentsIn', () => {
  it.each([
    ['a promise to send', 'I’ll send the security pack.', true],
    ['a plain-quote promise', "I'll send the security pack.", true],
    ['a next step line', '- Next step: demo with finance', true],
    ['a loop-in', 'Loop in procurement before the pilot.', true],
    ['a dated ask', 'They review it by Friday.', true],
    ['a plain observation', 'They liked the dashboard.', false],
  ])('finds %s', (_what, text, found) => {
    expect(commitmentsIn([note('n', text, '2026-11-20T10:00:00.000Z')]).length > 0).toBe(found);
  });

  it('marks a ticked line as done and strips the list marker', () => {
    expect(commitmentsIn([note('n', '- [x] Send the pricing sheet', '2026-11-20T10:00:00.000Z')])).toEqual([
      expect.objectContaining({ text: 'Send the pricing sheet', done: true }),
    ]);
  });
});

describe('lastCallCommitments', () => {
  it('takes the open commitments of the newest call note that has any', () => {
    const open = lastCallCommitments([
      note('old', 'I’ll send the deck.', '2026-11-01T10:00:00.000Z'),
      note('new', 'Next step: pilot scope.\n[x] Send the deck', '2026-11-10T10:00:00.000Z'),
      note('mail', 'I will call you Monday.', '2026-11-15T10:00:00.000Z', 'email'),
    ]);
    expect(open.map((c) => c.text)).toEqual(['Next step: pilot scope.']);
  });

  it('is empty when no call note holds a commitment', () => {
    expect(lastCallCommitments([note('n', 'Good chat.', '2026-11-01T10:00:00.000Z')])).toEqual([]);
  });
});

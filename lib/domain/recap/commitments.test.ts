import { describe, expect, it } from 'vitest';
import type { CallLine } from './call-line';
import { extractCommitments } from './commitments';

/** Thursday 3 December 2026, mid-morning. */
const AT = '2026-12-03T10:00:00.000Z';
const line = (text: string, side: CallLine['side'] = 'seller', speaker = 'You'): CallLine => ({
  id: `l_${text.length}`,
  speaker,
  side,
  text,
  at: AT,
});

describe('extractCommitments', () => {
  it.each([
    [
      'the seller’s "I’ll send" is the seller’s',
      line('I’ll send the security summary by Friday.'),
      'seller',
      'send the security summary by Friday',
      '2026-12-04',
    ],
    [
      'the buyer’s "I will loop in" is the buyer’s',
      line('I will loop in finance next week.', 'buyer', 'Dana Reyes'),
      'buyer',
      'loop in finance next week',
      undefined,
    ],
    [
      '"we need to" binds the speaker’s side',
      line('We need to bring procurement in before the 15th.', 'buyer', 'Dana Reyes'),
      'buyer',
      'bring procurement in before the 15th',
      '2026-12-15',
    ],
    [
      '"you’ll" said by the buyer is the seller’s to do',
      line('So you’ll send me the pricing tomorrow.', 'buyer', 'Dana Reyes'),
      'seller',
      'send me the pricing tomorrow',
      '2026-12-04',
    ],
    [
      '"you’ll" said by the seller is the buyer’s to do',
      line('Great, you’ll check with your CFO on Monday.'),
      'buyer',
      'check with your CFO on Monday',
      '2026-12-07',
    ],
    [
      '"let’s" is both sides’',
      line('Let’s book the demo for next Tuesday.'),
      'both',
      'book the demo for next Tuesday',
      '2026-12-15',
    ],
    [
      '"the next step is" is both sides’',
      line('The next step is to schedule a call with legal.', 'buyer', 'Dana Reyes'),
      'both',
      'schedule a call with legal',
      undefined,
    ],
    [
      'an unknown speaker’s commitment stays unknown',
      line('I’ll forward the deck to Sam.', 'unknown', 'Speaker 3'),
      'unknown',
      'forward the deck to Sam',
      undefined,
    ],
    [
      'a date in the words is kept with them',
      line('I’m going to draft the plan by end of the week.'),
      'seller',
      'draft the plan by end of the week',
      '2026-12-04',
    ],
    [
      'a day and month name a date',
      line('We will present to the board on 12 January.', 'buyer', 'Dana'),
      'buyer',
      'present to the board on 12 January',
      '2027-01-12',
    ],
  ])('%s', (_rule, input, owner, action, date) => {
    const [c, ...rest] = extractCommitments([input]);
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ owner, action, speaker: input.speaker, quote: input.text });
    expect(c?.due?.date).toBe(date);
  });

  it.each([
    ['"won’t" is no commitment', 'I won’t send anything until legal is done.'],
    ['"will not" is no commitment', 'We will not schedule the rollout this year.'],
    ['"let’s not" is no commitment', 'Let’s not book anything before January.'],
    ['"I don’t think we’ll" is no commitment', 'I don’t think we’ll share the numbers with them.'],
    ['"I doubt we’ll" is no commitment', 'I doubt we’ll schedule it this quarter.'],
    ['a question is an offer, not a commitment', 'Should I send you the case study?'],
    ['a subject without an action is no commitment', 'I’ll be honest, we’ll see how it goes.'],
    ['"I can’t" is no commitment', 'I can’t share the contract with you.'],
  ])('%s', (_rule, text) => {
    expect(extractCommitments([line(text)])).toEqual([]);
  });

  it.each([
    [
      'two commitments in one sentence are both kept',
      'I’ll send the deck and you’ll review it with Sam.',
      ['seller:send the deck', 'buyer:review it with Sam'],
    ],
    [
      'the same promise twice is one commitment',
      'I’ll send the deck. As I said, I’ll send the deck.',
      ['seller:send the deck'],
    ],
  ])('%s', (_rule, text, expected) => {
    expect(extractCommitments([line(text)]).map((c) => `${c.owner}:${c.action}`)).toEqual(expected);
  });

  it('a line in a language the detector does not read yields nothing', () => {
    expect(extractCommitments([{ ...line('I’ll send the deck.'), language: 'de' }])).toEqual([]);
  });
});

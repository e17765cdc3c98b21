import { describe, expect, it } from 'vitest';
import type { Evidence } from '../domain/records';
import { fillSlots, hasPrompts, slotFacts, slotSegments } from './slots';

const account = { name: 'Northwind', discovery: {} as Record<string, string> };
const quote = (over: Partial<Evidence>): Evidence => ({
  id: 'e1',
  accountId: 'a1',
  motivation: 'relief',
  source: 'caption',
  quote: 'Month-end takes us four days',
  at: '2026-11-01T10:00:00.000Z',
  status: 'confirmed',
  weight: 0.8,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  ...over,
});

describe('fillSlots', () => {
  it.each([
    ['fills a slot from a known fact', 'Hi {person},', { person: 'Dana' }, 'Hi Dana,'],
    [
      'shows a bracketed prompt when no fact fills the slot',
      'You said {pain_quote}.',
      {},
      'You said [their words for the problem].',
    ],
    ['treats a blank fact as missing', 'Goal: {metric}', { metric: '  ' }, 'Goal: [the measure you agreed]'],
    ['leaves unknown braces as plain text', 'Use {curly} braces', {}, 'Use {curly} braces'],
    ['fills every occurrence', '{company} and {company}', { company: 'Acme' }, 'Acme and Acme'],
  ])('%s', (_rule, text, facts, expected) => {
    expect(fillSlots(text, facts)).toBe(expected);
  });

  it('marks filled slots and prompts apart so the panel can show what the rep must complete', () => {
    expect(slotSegments('{person}: {date}?', { person: 'Dana' })).toEqual([
      { kind: 'filled', slot: 'person', text: 'Dana' },
      { kind: 'text', text: ': ' },
      { kind: 'prompt', slot: 'date', text: '[date]' },
      { kind: 'text', text: '?' },
    ]);
    expect(hasPrompts('{person}', { person: 'Dana' })).toBe(false);
    expect(hasPrompts('{date}', {})).toBe(true);
  });
});

describe('slotFacts', () => {
  it.each([
    ['uses a confirmed quote from the customer', [quote({})], '“Month-end takes us four days”'],
    ['never uses a suggested quote', [quote({ status: 'suggested' })], undefined],
    ['never uses a rejected quote', [quote({ status: 'rejected' })], undefined],
    ['never uses the rep’s own note as the customer’s words', [quote({ source: 'note' })], undefined],
    [
      'never uses the rep’s own line on a call (seller side)',
      [quote({ side: 'seller', speaker: 'You' })],
      undefined,
    ],
    [
      'never uses evidence marked as the rep’s note, whatever its source',
      [quote({ source: 'manual', side: 'rep-note' })],
      undefined,
    ],
    ['never uses the rep’s discovery answer as their quote', [quote({ source: 'answer' })], undefined],
    ['never uses a speaker nobody has named yet', [quote({ side: 'unknown' })], undefined],
    [
      'uses an unnamed speaker’s quote once the rep links it to a person',
      [quote({ side: 'unknown', personId: 'p2' })],
      '“Month-end takes us four days”',
    ],
    [
      'takes the customer’s quote over the rep’s stronger line about the same person',
      [
        quote({ id: 'a', quote: 'Mine', side: 'seller', personId: 'p1', weight: 1 }),
        quote({ id: 'b', quote: 'Theirs', side: 'buyer', weight: 0.2 }),
      ],
      '“Theirs”',
    ],
    [
      'prefers the quote of the person in front of the rep',
      [
        quote({ id: 'a', quote: 'Other', weight: 1 }),
        quote({ id: 'b', quote: 'Theirs', personId: 'p1', weight: 0.2 }),
      ],
      '“Theirs”',
    ],
  ])('%s', (_rule, evidence, expected) => {
    const facts = slotFacts({ account, evidence, person: { id: 'p1', name: 'Dana Whit' } });
    expect(facts.pain_quote).toBe(expected);
  });

  it.each([
    [
      'metric from the success metric on the account',
      { successMetric: 'Close in 2 days' },
      'metric',
      'Close in 2 days',
    ],
    ['renewal date from the account', { renewalDate: '2027-03-01' }, 'renewal_date', '2027-03-01'],
    [
      'goal from the discovery answer',
      { discovery: { achieve: 'One close process' } },
      'goal',
      'One close process',
    ],
    ['no metric when none was recorded', {}, 'metric', undefined],
  ] as const)('takes the %s', (_rule, over, slot, expected) => {
    expect(slotFacts({ account: { ...account, ...over } })[slot]).toBe(expected);
  });

  it('uses the first name of the person in front of the rep, and the account name', () => {
    expect(slotFacts({ account, person: { id: 'p1', name: 'Dana Whit' } })).toMatchObject({
      person: 'Dana',
      company: 'Northwind',
    });
  });
});

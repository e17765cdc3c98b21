import { describe, expect, it } from 'vitest';
import { entry as testEntry } from '../test-entry';
import { dismissCard, EMPTY_DECK, freshness, offerCard, visibleCards, type CardDeck } from './card-deck';
import type { ObjectionMatch } from './match-objection';

const match = (entryId: string, lineId = entryId): ObjectionMatch => ({
  topic: 'price',
  entry: testEntry({ id: entryId, kind: 'objection' }),
  heard: 'too expensive',
  speaker: 'Dana',
  lineId,
  why: 'heard “too expensive” · price',
});
const S = 1000;
const ids = (deck: CardDeck, now: number) => visibleCards(deck, now).map((c) => c.entry.id);

describe('the objection card deck', () => {
  it.each([
    ['the first match raises a card at once', [['a', 0]], 0, ['a']],
    [
      'a second match inside 20 s is dropped',
      [
        ['a', 0],
        ['b', 19 * S],
      ],
      19 * S,
      ['a'],
    ],
    [
      'a second match at 20 s raises a new card on top',
      [
        ['a', 0],
        ['b', 20 * S],
      ],
      20 * S,
      ['b', 'a'],
    ],
    [
      'the same entry is not raised twice while on screen',
      [
        ['a', 0],
        ['a', 30 * S],
      ],
      30 * S,
      ['a'],
    ],
    [
      'a dropped match does not restart the window',
      [
        ['a', 0],
        ['b', 10 * S],
        ['c', 20 * S],
      ],
      20 * S,
      ['c', 'a'],
    ],
    ['cards leave after 90 s', [['a', 0]], 90 * S, []],
    [
      'at most three cards show',
      [
        ['a', 0],
        ['b', 20 * S],
        ['c', 40 * S],
        ['d', 60 * S],
      ],
      60 * S,
      ['d', 'c', 'b'],
    ],
  ] as const)('%s', (_rule, offers, now, expected) => {
    let deck = EMPTY_DECK;
    for (const [id, at] of offers) deck = offerCard(deck, match(id), at);
    expect(ids(deck, now)).toEqual(expected);
  });

  it.each([
    ['a card is fresh for 45 s', 44 * S, 'fresh'],
    ['then it fades', 45 * S, 'fading'],
  ] as const)('%s', (_rule, now, expected) => {
    const deck = offerCard(EMPTY_DECK, match('a'), 0);
    expect(freshness(visibleCards(deck, now)[0]!, now)).toBe(expected);
  });

  it('dismissing removes the card and keeps the rate window (no room made for noise)', () => {
    const deck = dismissCard(offerCard(EMPTY_DECK, match('a'), 0), 'a');
    expect(ids(deck, S)).toEqual([]);
    expect(ids(offerCard(deck, match('b'), 5 * S), 5 * S)).toEqual([]);
  });
});

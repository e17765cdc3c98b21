/**
 * The live objection cards as a small state machine with an injected clock, so the panel
 * never becomes noise: at most one NEW card per 20 s (a match inside the window is dropped,
 * not queued: by the time it would show, the moment has passed), an entry already on screen
 * is not raised twice, cards fade after 45 s and leave after 90 s. Dismissing removes a card
 * and nothing else: no counter, no log, no training. Pure.
 */
import type { ObjectionMatch } from './match-objection';

export const NEW_CARD_GAP_MS = 20_000;
export const FADE_AFTER_MS = 45_000;
export const GONE_AFTER_MS = 90_000;
const MAX_CARDS = 3;

export interface ObjectionCard extends ObjectionMatch {
  raisedAt: number;
}

export interface CardDeck {
  cards: readonly ObjectionCard[];
  lastRaisedAt: number | null;
}

export const EMPTY_DECK: CardDeck = { cards: [], lastRaisedAt: null };

export type Freshness = 'fresh' | 'fading';

/** Offers a match at `now` (ms); the deck is unchanged when the gap or a duplicate holds it back. */
export function offerCard(deck: CardDeck, match: ObjectionMatch, now: number): CardDeck {
  const live = visibleCards(deck, now);
  if (live.some((c) => c.entry.id === match.entry.id)) return deck;
  if (deck.lastRaisedAt !== null && now - deck.lastRaisedAt < NEW_CARD_GAP_MS) return deck;
  return { cards: [{ ...match, raisedAt: now }, ...live].slice(0, MAX_CARDS), lastRaisedAt: now };
}

/** The cards still on screen at `now`, newest first. */
export function visibleCards(deck: CardDeck, now: number): ObjectionCard[] {
  return deck.cards.filter((c) => now - c.raisedAt < GONE_AFTER_MS);
}

export function freshness(card: ObjectionCard, now: number): Freshness {
  return now - card.raisedAt < FADE_AFTER_MS ? 'fresh' : 'fading';
}

/** Removes one card. The rate window is kept: dismissing never makes room for noise. */
export function dismissCard(deck: CardDeck, lineId: string): CardDeck {
  return { ...deck, cards: deck.cards.filter((c) => c.lineId !== lineId) };
}

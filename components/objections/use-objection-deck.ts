import { useCallback, useEffect, useRef, useState } from 'react';
import { useCaptionsHeard } from '@/components/recap/call-queries';
import {
  dismissCard,
  EMPTY_DECK,
  offerCard,
  visibleCards,
  type CardDeck,
} from '@/lib/playbook/objections/card-deck';
import { matchObjection } from '@/lib/playbook/objections/match-objection';
import type { PlaybookEntry } from '@/lib/playbook/schema';

const TICK_MS = 5_000;

/**
 * Live objection cards for one account's call: each caption batch the background announces is
 * matched against the playbook, and the deck (card-deck.ts) decides what shows. The clock is
 * injected for tests. Dismissing changes this panel's state only: nothing is stored or sent.
 */
export function useObjectionDeck(
  accountId: string,
  entries: readonly PlaybookEntry[] | undefined,
  clock: () => number = Date.now,
) {
  const [deck, setDeck] = useState<CardDeck>(EMPTY_DECK);
  const [now, setNow] = useState(clock);
  const entriesRef = useRef(entries);
  useEffect(() => {
    entriesRef.current = entries;
  }, [entries]);

  useCaptionsHeard(
    useCallback(
      (data) => {
        const list = entriesRef.current;
        if (!list || (data.accountId !== null && data.accountId !== accountId)) return;
        const at = clock();
        setDeck((current) =>
          data.lines.reduce((d, line) => {
            const match = matchObjection(line, list);
            return match ? offerCard(d, match, at) : d;
          }, current),
        );
        setNow(at);
      },
      [accountId, clock],
    ),
  );

  // Re-render now and then while cards show, so stale ones fade and leave.
  const showing = visibleCards(deck, now).length > 0;
  useEffect(() => {
    if (!showing) return;
    const timer = setInterval(() => setNow(clock()), TICK_MS);
    return () => clearInterval(timer);
  }, [showing, clock]);

  return {
    cards: visibleCards(deck, now),
    now,
    dismiss: (lineId: string) => setDeck((d) => dismissCard(d, lineId)),
  };
}

import { useCommand } from '@/components/kernel/panel-commands';
import { SlotText } from '@/components/play/slot-text';
import { usePlaybookEntries } from '@/components/kernel/use-playbook-entries';
import { freshness } from '@/lib/playbook/objections/card-deck';
import type { SlotFacts } from '@/lib/playbook/slots';
import { useObjectionDeck } from './use-objection-deck';

/**
 * A buyer's objection heard in the captions raises the playbook's answer, with why it showed.
 * At most one new card per 20 s; stale cards fade. `d` or the button dismisses one: that
 * trains nothing and is logged nowhere.
 */
export function ObjectionCards({
  accountId,
  facts,
  clock,
}: {
  accountId: string;
  facts: SlotFacts;
  clock?: () => number;
}) {
  const entries = usePlaybookEntries();
  const { cards, now, dismiss } = useObjectionDeck(accountId, entries, clock);
  useCommand('dismiss-objection', () => cards[0] && dismiss(cards[0].lineId), cards.length > 0);
  return (
    <section aria-label="Objection cards" aria-live="polite" className="objection-cards">
      {cards.map((card) => (
        <article
          key={card.lineId}
          className={`objection-card is-${freshness(card, now)}`}
          data-testid="objection-card"
          aria-label={`Objection: ${card.entry.title}`}
        >
          <span className="card-label">Objection heard</span>
          <p>
            <strong>{card.entry.title}</strong>
          </p>
          <p>
            <SlotText text={card.entry.text} facts={facts} />
          </p>
          <p className="small">
            <span className="why-chip">
              why: <bdi>{card.why}</bdi>
            </span>{' '}
            — <bdi>{card.speaker}</bdi>
          </p>
          <button
            type="button"
            className="secondary"
            onClick={() => dismiss(card.lineId)}
            aria-label={`Dismiss objection card: ${card.entry.title}`}
          >
            Dismiss
          </button>
        </article>
      ))}
    </section>
  );
}

import { useState } from 'react';
import { useCommand } from '@/components/kernel/panel-commands';
import { usePanelData } from '@/components/kernel/panel-data';
import { clockTime } from '@/components/ui/format-time';
import type { EvidenceRow } from '@/lib/db/schema';
import { isCustomerWords, speakerLabel } from '@/lib/domain/diagnosis';
import { MOTIVATION_CATALOGUE } from '@/lib/domain/motivations/catalogue';
import { usePanelWrite } from '@/components/kernel/panel-writes';

export interface SuggestedEvidenceProps {
  evidence: EvidenceRow[];
  /** Newest first is what a live call needs; the list caps at `limit`. */
  limit?: number;
}

/**
 * Quotes the detector flagged (captions, email, discovery answers, notes), waiting for the rep's judgement. One key
 * each: `y` confirms and `x` rejects the highlighted quote, `j`/`k` move the highlight.
 */
export function SuggestedEvidence({ evidence, limit = 8 }: SuggestedEvidenceProps) {
  const { repos } = usePanelData();
  const write = usePanelWrite();
  const suggested = evidence
    .filter((e) => e.status === 'suggested')
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, limit);
  const [index, setIndex] = useState(0);
  const [announce, setAnnounce] = useState('');
  const active = Math.min(index, Math.max(0, suggested.length - 1));
  const decide = (row: EvidenceRow | undefined, status: 'confirmed' | 'rejected') => {
    if (!row) return;
    void write(`the ${status === 'confirmed' ? 'confirmation' : 'rejection'} of a quote`, () =>
      repos.evidence.setStatus(row.id, status),
    );
    setAnnounce(`${status === 'confirmed' ? 'Confirmed' : 'Rejected'}: “${row.quote ?? row.motivation}”`);
  };
  useCommand('confirm-suggestion', () => decide(suggested[active], 'confirmed'));
  useCommand('reject-suggestion', () => decide(suggested[active], 'rejected'));
  useCommand('next-suggestion', () => setIndex(Math.min(active + 1, suggested.length - 1)));
  useCommand('previous-suggestion', () => setIndex(Math.max(active - 1, 0)));

  return (
    <section aria-label="Suggested evidence" className="suggested">
      <h4>
        Heard, not yet confirmed <span className="muted small">(y confirm · x reject · j/k move)</span>
      </h4>
      <p role="status" className="visually-hidden">
        {announce}
      </p>
      {suggested.length === 0 ? (
        <p className="muted">
          Nothing waiting. Quotes from captions, email, discovery answers and notes appear here.
        </p>
      ) : (
        <ol className="suggestion-list">
          {suggested.map((e, i) => (
            <li
              key={e.id}
              className={`suggestion${i === active ? ' is-active' : ''}`}
              data-testid="suggestion"
              aria-current={i === active ? 'true' : undefined}
            >
              <div className="suggestion-meta">
                <span className={`badge m-${e.motivation}`}>{MOTIVATION_CATALOGUE[e.motivation].name}</span>
                <span className="muted small">
                  {speakerLabel(e)} · {clockTime(e.at)} · {e.source}
                </span>
              </div>
              {/* Only the customer's words are quoted; the rep's note reads as the rep's. */}
              {isCustomerWords(e) ? (
                <q className="quote">{e.quote}</q>
              ) : (
                <p className="quote quote-own">{e.quote ?? MOTIVATION_CATALOGUE[e.motivation].summary}</p>
              )}
              <div className="row">
                <button
                  type="button"
                  onClick={() => decide(e, 'confirmed')}
                  aria-label={`Confirm: ${e.quote ?? e.motivation}`}
                >
                  Confirm
                </button>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => decide(e, 'rejected')}
                  aria-label={`Reject: ${e.quote ?? e.motivation}`}
                >
                  Reject
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

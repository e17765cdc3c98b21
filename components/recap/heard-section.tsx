import { SuggestedEvidence } from '@/components/diagnosis/suggested-evidence';
import type { EvidenceRow } from '@/lib/db/schema';
import type { CallRecap } from '@/lib/briefs/recap/build-recap';
import { MOTIVATION_CATALOGUE } from '@/lib/domain/motivations/catalogue';

/**
 * What we heard: each motivation with the quotes the rep confirmed, then this call's
 * suggested quotes in one list to review in one pass (`y` confirms, `x` rejects, `j`/`k` move).
 */
export function HeardSection({ recap, evidence }: { recap: CallRecap; evidence: EvidenceRow[] }) {
  const suggestedIds = new Set(recap.heard.flatMap((h) => h.suggested.map((e) => e.id)));
  const toReview = evidence.filter((e) => suggestedIds.has(e.id));
  return (
    <section aria-labelledby="recap-heard" className="recap-block">
      <h3 id="recap-heard">What we heard</h3>
      {recap.heard.length === 0 && <p className="small">No motivation heard in the captions of this call.</p>}
      <ul className="plain" data-testid="recap-heard">
        {recap.heard.map((h) => (
          <li key={h.motivation}>
            <strong>{MOTIVATION_CATALOGUE[h.motivation].name}</strong>{' '}
            <span className="small">
              {h.confirmed.length} confirmed, {h.suggested.length} to review
            </span>
            {h.confirmed.length > 0 && (
              <ul>
                {h.confirmed.map((e) => (
                  <li key={e.id}>
                    “<bdi>{e.quote}</bdi>”{' '}
                    {e.speaker && (
                      <span className="small">
                        — <bdi>{e.speaker}</bdi>
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {toReview.length > 0 && <SuggestedEvidence evidence={toReview} limit={toReview.length} />}
    </section>
  );
}

import { clockTime } from '@/components/ui/format-time';
import type { EvidenceRow } from '@/lib/db/schema';
import { evidenceSide, isCustomerWords, speakerLabel, type DiagnosisResult } from '@/lib/domain/diagnosis';
import { MOTIVATION_CATALOGUE } from '@/lib/domain/motivations/catalogue';
import { topMotivations } from './use-diagnosis';

/**
 * The top three motivations, each with the customer's quote that carries most of it and who
 * said it. The rep's own note is never shown as a quote (it is labelled "Your note"), and a
 * speaker nobody has named stays unknown. Names and quotes are page text: isolated so
 * right-to-left text cannot reorder the line.
 */
export function TopMotivations({ result, evidence }: { result: DiagnosisResult; evidence: EvidenceRow[] }) {
  const top = topMotivations(result);
  const byId = new Map(evidence.map((e) => [e.id, e]));
  if (top.length === 0)
    return <p className="muted">No clear motivation yet: listen for it, tick what you hear.</p>;
  return (
    <ul className="top-motivations">
      {top.map((m) => {
        // Contributions come strongest first; rows are looked up to know whose words they are.
        const rows = m.contributions.flatMap((c) => {
          const row = c.kind === 'evidence' && c.evidenceId ? byId.get(c.evidenceId) : undefined;
          return row?.quote ? [row] : [];
        });
        const heard = rows.find(
          (row) => isCustomerWords(row) || (row.status !== 'rejected' && evidenceSide(row) === 'unknown'),
        );
        const own = heard ? undefined : rows.find((row) => row.status !== 'rejected');
        return (
          <li key={m.motivation}>
            <strong>{MOTIVATION_CATALOGUE[m.motivation].name}</strong> {Math.round(m.score * 100)}
            {heard && (
              <>
                <q className="quote">
                  <bdi>{heard.quote}</bdi>
                </q>
                <span className="muted small">
                  <bdi>{speakerLabel(heard)}</bdi> · {clockTime(heard.at)}
                </span>
              </>
            )}
            {own && (
              <span className="small">
                {' '}
                {speakerLabel(own)}: <bdi>{own.quote}</bdi>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

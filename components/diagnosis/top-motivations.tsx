import { clockTime } from '@/components/ui/format-time';
import type { EvidenceRow } from '@/lib/db/schema';
import type { DiagnosisResult } from '@/lib/domain/diagnosis';
import { MOTIVATION_CATALOGUE } from '@/lib/domain/motivations/catalogue';
import { topMotivations } from './use-diagnosis';

/**
 * The top three motivations, each with the quote that carries most of it and who said it.
 * Names and quotes are page text: isolated so right-to-left text cannot reorder the line.
 */
export function TopMotivations({ result, evidence }: { result: DiagnosisResult; evidence: EvidenceRow[] }) {
  const top = topMotivations(result);
  const byId = new Map(evidence.map((e) => [e.id, e]));
  if (top.length === 0)
    return <p className="muted">No clear motivation yet: listen for it, tick what you hear.</p>;
  return (
    <ul className="top-motivations">
      {top.map((m) => {
        const quote = m.contributions.find((c) => c.evidenceId && c.kind === 'evidence');
        const row = quote?.evidenceId ? byId.get(quote.evidenceId) : undefined;
        return (
          <li key={m.motivation}>
            <strong>{MOTIVATION_CATALOGUE[m.motivation].name}</strong> {Math.round(m.score * 100)}
            {quote && (
              <q className="quote">
                <bdi>{quote.label}</bdi>
              </q>
            )}
            {row && (
              <span className="muted small">
                <bdi>{row.speaker ?? 'someone'}</bdi> · {clockTime(row.at)}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

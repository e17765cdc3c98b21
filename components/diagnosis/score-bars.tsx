import { clockTime } from '@/components/ui/format-time';
import { useRemembered } from '@/components/ui/session-memory';
import type { DiagnosisResult } from '@/lib/domain/diagnosis';
import { MOTIVATION_CATALOGUE } from '@/lib/domain/motivations/catalogue';
import type { MotivationId } from '@/lib/domain/vocabulary';

const SOURCE_WORDS: Record<string, string> = {
  signal: 'ticked signal',
  caption: 'said on a call',
  email: 'written in email',
  note: 'from a note',
  answer: 'discovery answer',
  manual: 'added by hand',
  stated: 'set on a person',
};

/** Whose words, said beside each item: a rep note is the rep's, never a customer quote. */
const SIDE_WORDS: Record<string, string> = {
  'rep-note': 'your note',
  unknown: 'speaker not named yet',
};

/**
 * One bar per motivation, strongest first: confirmed ground solid, what suggestions add as a
 * hollow segment (unconfirmed quotes are never drawn as if confirmed). Each bar is a button
 * that reveals the evidence behind the score, so no score is a black box.
 */
export function ScoreBars({ result, limit = 10 }: { result: DiagnosisResult; limit?: number }) {
  // Which bar shows its evidence is remembered: it survives Diagnose re-mounting.
  const [open, setOpen] = useRemembered<MotivationId | null>('score-why', null);
  return (
    <ol className="score-bars" aria-label="Motivation scores">
      {result.ranked.slice(0, limit).map((r) => {
        const percent = Math.round(r.score * 100);
        const confirmed = Math.round(r.confirmed * 100);
        const name = MOTIVATION_CATALOGUE[r.motivation].name;
        const expanded = open === r.motivation;
        return (
          <li key={r.motivation}>
            <button
              type="button"
              className="score-row"
              aria-expanded={expanded}
              aria-controls={`why-${r.motivation}`}
              onClick={() => setOpen(expanded ? null : r.motivation)}
              data-testid={`score-${r.motivation}`}
              aria-label={`${name}: ${percent}, of which ${confirmed} confirmed`}
            >
              <span className="score-name">{name}</span>
              <span className="bar" aria-hidden="true">
                <span className={`bar-fill m-${r.motivation}`} style={{ width: `${confirmed}%` }} />
                <span
                  className={`bar-suggested m-${r.motivation}`}
                  style={{ width: `${percent - confirmed}%` }}
                />
              </span>
              <span className="score-value">{percent}</span>
            </button>
            {expanded && (
              <div id={`why-${r.motivation}`} className="score-why">
                {r.contributions.length === 0 ? (
                  <p className="muted">No evidence yet. {MOTIVATION_CATALOGUE[r.motivation].summary}</p>
                ) : (
                  <ul aria-label={`Evidence behind ${name}`}>
                    {r.contributions.map((c, i) => (
                      <li key={c.evidenceId ?? c.signalId ?? i}>
                        {c.side === 'buyer' ? <q>{c.label}</q> : <span>{c.label}</span>}
                        <span className="muted small">
                          {' '}
                          {SOURCE_WORDS[c.source] ?? c.source}
                          {c.side && SIDE_WORDS[c.side] ? `, ${SIDE_WORDS[c.side]}` : ''}
                          {c.status === 'suggested' ? ' (suggested, not confirmed)' : ''}
                          {c.at ? ` · ${clockTime(c.at)}` : ''} · +{Math.round(c.share * 100)}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}

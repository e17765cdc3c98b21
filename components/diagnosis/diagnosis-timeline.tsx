import type { DiagnosisRow, PersonRow } from '@/lib/db/schema';
import { compareDiagnoses } from '@/lib/domain/diagnosis';
import { MOTIVATIONS, type MotivationId } from '@/lib/domain/vocabulary';
import { dateTime } from '@/components/ui/format-time';
import { labelOf } from '@/components/ui/labels';

function leader(scores: Partial<Record<MotivationId, number>>): string {
  let best: MotivationId | undefined;
  for (const m of MOTIVATIONS) if ((scores[m] ?? 0) > (best ? (scores[best] ?? 0) : 0)) best = m;
  return best ? `${best} ${Math.round((scores[best] ?? 0) * 100)}` : 'nothing clear';
}

/** How the diagnosis moved: snapshots newest first, each with what changed since the one before. */
export function DiagnosisTimeline({
  snapshots,
  people,
  onRecord,
}: {
  snapshots: DiagnosisRow[];
  people: PersonRow[];
  onRecord: () => void;
}) {
  const rows = snapshots.map((s, i) => {
    const previous = snapshots[i - 1];
    return {
      snapshot: s,
      movement: previous ? compareDiagnoses(previous, s, { people }).summary : 'first snapshot',
    };
  });
  return (
    <section aria-label="Diagnosis over time" className="timeline">
      <div className="row">
        <h4>Over time</h4>
        <button type="button" className="link-button push-right" onClick={onRecord}>
          Record snapshot (s)
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="muted">No snapshots yet. One is kept whenever the leading motivation changes.</p>
      ) : (
        <ol className="timeline-list" data-testid="timeline">
          {rows.reverse().map(({ snapshot, movement }) => (
            <li key={snapshot.id}>
              <time dateTime={snapshot.at}>{dateTime(snapshot.at)}</time>
              {snapshot.stage && <span className="badge badge-quiet">{labelOf(snapshot.stage)}</span>}
              <span className="timeline-lead">{leader(snapshot.scores)}</span>
              <span className="muted small">
                {snapshot.label ? `${snapshot.label} · ` : ''}
                {movement}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

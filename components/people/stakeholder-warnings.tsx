import { usePanelData } from '@/components/kernel/panel-data';
import type { PersonRow } from '@/lib/db/schema';
import { analyseStakeholders } from '@/lib/domain/stakeholders/analyse-stakeholders';
import type { MotivationId, Stage } from '@/lib/domain/vocabulary';

export interface StakeholderWarningsProps {
  people: PersonRow[];
  stage: Stage;
  scores?: Partial<Record<MotivationId, number>>;
  /** Show only the first few (live call); the People view shows all. */
  limit?: number;
  /** Permission artefacts the champion already has (see `artefactsSharedFromNotes`). */
  artefactsShared?: readonly string[];
}

/** The map's gaps and risks from the stakeholder engine, each with what to do next. */
export function StakeholderWarnings({
  people,
  stage,
  scores,
  limit,
  artefactsShared,
}: StakeholderWarningsProps) {
  const { now } = usePanelData();
  const warnings = analyseStakeholders({
    people,
    stage,
    now: now(),
    ...(scores ? { scores } : {}),
    ...(artefactsShared ? { artefactsShared } : {}),
  });
  if (warnings.length === 0) return null;
  const shown = limit === undefined ? warnings : warnings.slice(0, limit);
  return (
    <ul className="warnings" aria-label="Stakeholder warnings" data-testid="stakeholder-warnings">
      {shown.map((w) => (
        <li key={w.id} className={`warning severity-${w.severity}`}>
          <strong>{w.message}</strong> <span>{w.action}</span>
        </li>
      ))}
    </ul>
  );
}

/** Per-stakeholder diagnoses: each person scored from their own evidence and stated motivations. */
import type { Evidence, Person } from '../records';
import { scoreDiagnosis } from './score-diagnosis';
import type { DiagnosisResult, MotivationCatalogue } from './types';

export interface ScoreStakeholdersInput {
  evidence: readonly Evidence[];
  people: readonly Person[];
  catalogue: MotivationCatalogue;
  now: Date | string;
  halfLifeDays?: number;
}

/** personId → that person's diagnosis. People with no evidence get all-zero scores. */
export function scoreStakeholders(input: ScoreStakeholdersInput): Map<string, DiagnosisResult> {
  const byPerson = new Map<string, Evidence[]>();
  for (const e of input.evidence) {
    if (e.personId === undefined) continue;
    const list = byPerson.get(e.personId) ?? [];
    list.push(e);
    byPerson.set(e.personId, list);
  }
  return new Map(
    input.people.map((p) => [
      p.id,
      scoreDiagnosis({
        evidence: byPerson.get(p.id) ?? [],
        tickedSignals: [],
        catalogue: input.catalogue,
        now: input.now,
        personId: p.id,
        statedMotivations: p.motivations,
        halfLifeDays: input.halfLifeDays,
      }),
    ]),
  );
}

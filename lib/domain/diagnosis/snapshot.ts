/** Turning a scored diagnosis into the stored `Diagnosis` snapshot (records.ts). */
import type { Diagnosis, Person, RosterEntry } from '../records';
import { MOTIVATIONS, type MotivationId, type Stage } from '../vocabulary';
import type { DiagnosisResult } from './types';

export interface SnapshotMeta {
  id: string;
  accountId: string;
  personId?: string;
  /** When the snapshot was taken (ISO); also used for createdAt/updatedAt. */
  at: string;
  stage?: Stage;
  label?: string;
  /** The buying group at that moment, kept as a roster (see `toRoster`). */
  people?: readonly Person[];
}

/** The buying group as a snapshot keeps it: who, and their stance, influence and roles. */
export function toRoster(people: readonly Person[]): RosterEntry[] {
  return people.slice(0, 500).map((p) => ({
    id: p.id,
    name: p.name,
    ...(p.title !== undefined ? { title: p.title } : {}),
    roles: [...p.roles],
    stance: p.stance,
    influence: p.influence,
  }));
}

/** Scores are rounded to 4 decimals so snapshots compare and sync stably. */
export function toDiagnosisSnapshot(result: DiagnosisResult, meta: SnapshotMeta): Diagnosis {
  const scores = Object.fromEntries(
    MOTIVATIONS.map((m) => [m, Math.round((result.scores[m] ?? 0) * 10_000) / 10_000]),
  ) as Record<MotivationId, number>;
  const snapshot: Diagnosis = {
    id: meta.id,
    accountId: meta.accountId,
    at: meta.at,
    scores,
    evidenceIds: [...new Set(result.evidenceIds)].slice(0, 5000),
    createdAt: meta.at,
    updatedAt: meta.at,
  };
  if (meta.personId !== undefined) snapshot.personId = meta.personId;
  if (meta.stage !== undefined) snapshot.stage = meta.stage;
  if (meta.label !== undefined) snapshot.label = meta.label;
  if (meta.people !== undefined) snapshot.people = toRoster(meta.people);
  return snapshot;
}

/**
 * Whether a new snapshot is worth keeping after `previous`: only when some score moved by at
 * least `minDelta`, so the history shows movement rather than one row per page view.
 */
export function isWorthSnapshotting(
  previous: Pick<Diagnosis, 'scores'> | undefined,
  next: Pick<Diagnosis, 'scores'>,
  minDelta = 0.05,
): boolean {
  // The epsilon keeps 0.35 − 0.3 (0.04999… in floating point) counting as a move of 0.05.
  if (!previous) return MOTIVATIONS.some((m) => (next.scores[m] ?? 0) > 0);
  return MOTIVATIONS.some(
    (m) => Math.abs((next.scores[m] ?? 0) - (previous.scores[m] ?? 0)) >= minDelta - 1e-9,
  );
}

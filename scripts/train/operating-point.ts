/**
 * Chooses the shipped operating point (`lib/domain/detector/operating-point.ts`) from
 * held-out training scores only, and measures any operating point on them:
 * - `top`: the lowest bar that keeps false alarms on held-out base negatives (items that
 *   reveal nothing) at or under `FALSE_ALARM_LIMIT` in every fold, not just pooled (unseen
 *   text varies more than one pooled figure shows: the pooled rule let a dev set's false
 *   alarms pass 10%); a lower bar only adds reports, so this maximises top-1 under the limit;
 * - `second`: the highest bar at or above `top` whose held-out macro-F1 is within
 *   `SECOND_BAR_SLACK` of the best;
 * - `role`: the bar that maximises role-cue F1 with precision at least `ROLE_PRECISION_FLOOR`.
 * Style copies are left out of every count (they would count one item several times). A row
 * with a "reveals a motivation" probability is gated as the detector gates (`gatedMotivations`).
 */
import {
  gatedMotivations,
  reportedMotivations,
  reportedRoles,
  type OperatingPoint,
} from '../../lib/domain/detector/operating-point';
import { MOTIVATIONS, ROLES } from '../../lib/domain/vocabulary';

/** Below the product's 10%: unseen negatives draw more false alarms than held-out ones. */
export const FALSE_ALARM_LIMIT = 0.08;
export const SECOND_BAR_SLACK = 0.005;
/** Held-out role precision overstates unseen text (at 0.8 it fell well below on new voices). */
export const ROLE_PRECISION_FLOOR = 0.85;
const GRID = Array.from({ length: 91 }, (_, i) => Math.round((0.05 + i * 0.01) * 100) / 100);

export interface ScoredRow {
  /** Calibrated probabilities per label: motivations then roles (`LABELS` order). */
  probabilities: number[];
  /** "Reveals a motivation", when the model gates its strongest motivation with it. */
  reveals?: number;
  truth: boolean[];
  /** The fold the row was held out in (the false-alarm limit holds in each). */
  fold?: number;
}

export interface PointQuality {
  top1: number;
  falseAlarms: number;
  macroF1: number;
  /** Top-1 of the ranking alone (no bar): is the strongest motivation a right one? */
  rankingTop1: number;
  rolePrecision: number;
  roleRecall: number;
  revealing: number;
  negatives: number;
}

const M = MOTIVATIONS.length;
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (tp: number, fp: number, fn: number) => ratio(2 * tp, 2 * tp + fp + fn);

/** The figures of `evaluate` (scripts/train/evaluate.ts), from held-out scores. */
export function measure(rows: readonly ScoredRow[], point: OperatingPoint): PointQuality {
  const counts = MOTIVATIONS.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  const role = { tp: 0, fp: 0, fn: 0 };
  let revealing = 0, negatives = 0, hits = 0, alarms = 0, ranked = 0; // prettier-ignore
  for (const row of rows) {
    const scored = MOTIVATIONS.map((_, c) => ({ c, confidence: row.probabilities[c]! }));
    const candidates = row.reveals === undefined ? scored : gatedMotivations(scored, row.reveals);
    const said = new Set(reportedMotivations(candidates, point).map((d) => d.c));
    const truth = row.truth.slice(0, M);
    counts.forEach((k, c) => {
      if (truth[c] && said.has(c)) k.tp++;
      else if (said.has(c)) k.fp++;
      else if (truth[c]) k.fn++;
    });
    const best = candidates.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    if (truth.some(Boolean)) {
      revealing++;
      if (said.has(best.c) && truth[best.c]) hits++;
      if (truth[best.c]) ranked++;
    } else {
      negatives++;
      if (said.size > 0) alarms++;
    }
    const roles = row.probabilities.slice(M, M + ROLES.length).map((confidence, k) => ({ k, confidence }));
    const rolesSaid = new Set(reportedRoles(roles, point).map((r) => r.k));
    row.truth.slice(M, M + ROLES.length).forEach((t, k) => {
      if (t && rolesSaid.has(k)) role.tp++;
      else if (rolesSaid.has(k)) role.fp++;
      else if (t) role.fn++;
    });
  }
  return {
    top1: ratio(hits, revealing),
    falseAlarms: ratio(alarms, negatives),
    macroF1: counts.reduce((s, k) => s + f1(k.tp, k.fp, k.fn), 0) / M,
    rankingTop1: ratio(ranked, revealing),
    rolePrecision: ratio(role.tp, role.tp + role.fp),
    roleRecall: ratio(role.tp, role.tp + role.fn),
    revealing,
    negatives,
  };
}

/** The operating point by the rules above. */
export function chooseOperatingPoint(rows: readonly ScoredRow[]): OperatingPoint {
  const folds = [...new Set(rows.map((r) => r.fold ?? 0))].map((f) =>
    rows.filter((r) => (r.fold ?? 0) === f),
  );
  const alarms = (some: readonly ScoredRow[], t: number) =>
    measure(some, { top: t, second: 1, role: 1 }).falseAlarms;
  const withinLimit = (t: number) => folds.every((fold) => alarms(fold, t) <= FALSE_ALARM_LIMIT);
  const top = GRID.find(withinLimit) ?? GRID[GRID.length - 1]!;
  const f1At = GRID.filter((g) => g >= top).map((t) => ({
    t,
    f1: measure(rows, { top, second: t, role: 1 }).macroF1,
  }));
  const bestF1 = Math.max(...f1At.map((x) => x.f1));
  // Held-out macro-F1 is flat near its best: the highest bar within SECOND_BAR_SLACK of it
  // reports fewer second labels for the same F1 (a second label needs real evidence).
  const second = f1At.filter((x) => x.f1 >= bestF1 - SECOND_BAR_SLACK).at(-1)!.t;
  let role = GRID[GRID.length - 1]!;
  let bestRoleF1 = -1;
  for (const t of GRID) {
    const q = measure(rows, { top, second, role: t });
    const roleF1 = ratio(2 * q.rolePrecision * q.roleRecall, q.rolePrecision + q.roleRecall);
    if (q.rolePrecision >= ROLE_PRECISION_FLOOR && roleF1 > bestRoleF1) [role, bestRoleF1] = [t, roleF1];
  }
  return { top, second, role };
}

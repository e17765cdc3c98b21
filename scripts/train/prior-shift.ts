/**
 * Training text over-represents buyers who reveal a motive: most turns of a real call reveal
 * nothing. Platt scaling calibrates to the training mix, so on real calls 0.5 fires too
 * often. This picks the smallest logit shift, applied to every motivation alike, that keeps
 * the held-out false-alarm rate on base negatives (training items that reveal nothing) at or
 * under `FALSE_ALARM_TARGET` (below the product's 10% limit: held-out training negatives are easier than unseen ones); for role cues, the smallest shift that keeps held-out
 * role precision at or above `ROLE_PRECISION_TARGET`. Only cross-validated training scores
 * are read; never a dev set.
 */
export const FALSE_ALARM_TARGET = 0.06;
export const ROLE_PRECISION_TARGET = 0.9;
const SHIFTS = Array.from({ length: 17 }, (_, i) => i * 0.25);

const logitOf = (p: number) => Math.log(Math.max(p, 1e-9) / Math.max(1 - p, 1e-9));

export interface HeldOutRow {
  /** Calibrated held-out probabilities, in label order. */
  probabilities: number[];
  truth: boolean[];
  /** Style copies are left out: they would count one item several times. */
  base: boolean;
  negative: boolean;
}

/** The shift for the label columns [from, to), by the rule above. */
export function chooseShift(
  rows: readonly HeldOutRow[],
  from: number,
  to: number,
  kind: 'alarms' | 'precision',
) {
  const used = rows.filter((r) => r.base);
  for (const shift of SHIFTS) {
    const fires = (r: HeldOutRow, c: number) => logitOf(r.probabilities[c]!) - shift >= 0;
    if (kind === 'alarms') {
      const negatives = used.filter((r) => r.negative);
      const alarms = negatives.filter((r) =>
        r.probabilities.slice(from, to).some((_, k) => fires(r, from + k)),
      );
      if (negatives.length === 0 || alarms.length / negatives.length <= FALSE_ALARM_TARGET) return shift;
    } else {
      let tp = 0;
      let fp = 0;
      for (const r of used)
        for (let c = from; c < to; c++) {
          if (!fires(r, c)) continue;
          if (r.truth[c]) tp++;
          else fp++;
        }
      if (tp + fp === 0 || tp / (tp + fp) >= ROLE_PRECISION_TARGET) return shift;
    }
  }
  return SHIFTS[SHIFTS.length - 1]!;
}

/**
 * The operating point: which calibrated confidences the detector reports. A turn usually
 * reveals one motive, so the strongest motivation is reported from a lower bar (`top`) and
 * any other only from a higher one (`second`): a quiet buyer's one clear motive is not lost,
 * and a second label needs real evidence. Role cues have their own bar. The three values are
 * chosen by `npm run train` on held-out training folds and shipped in the model.
 */
export interface OperatingPoint {
  /** The strongest motivation is reported at or above this confidence. */
  top: number;
  /** Every other motivation needs at least this (never below `top`). */
  second: number;
  /** Role cues are reported at or above this. */
  role: number;
}

/**
 * The motivations to report, strongest first, from candidates in any order. An explicit
 * single `threshold` (hints, sweeps) replaces both motivation bars.
 */
export function reportedMotivations<T extends { confidence: number }>(
  candidates: readonly T[],
  point: OperatingPoint,
  threshold?: number,
): T[] {
  const sorted = [...candidates].sort((a, b) => b.confidence - a.confidence);
  const top = threshold ?? point.top;
  const second = threshold ?? point.second;
  return sorted.filter((d, i) => d.confidence >= (i === 0 ? top : second));
}

/** The role cues to report (an explicit `threshold` replaces the role bar). */
export function reportedRoles<T extends { confidence: number }>(
  candidates: readonly T[],
  point: OperatingPoint,
  threshold?: number,
): T[] {
  return candidates.filter((r) => r.confidence >= (threshold ?? point.role));
}

/**
 * With a "reveals a motivation" confidence (`DetectorModel.reveals`), the strongest
 * motivation's confidence becomes the geometric mean of its own and that one: both must
 * agree that the text reveals something (the strongest of ten one-vs-rest scores alone
 * compounds ten labels' false evidence). No other motivation is more certain than the
 * strongest. Returns the candidates strongest first; the bars then apply as usual.
 */
export function gatedMotivations<T extends { confidence: number }>(
  candidates: readonly T[],
  reveals: number,
): T[] {
  const sorted = [...candidates].sort((a, b) => b.confidence - a.confidence);
  if (sorted.length === 0) return sorted;
  const gate = Math.sqrt(sorted[0]!.confidence * reveals);
  return sorted.map((c, i) => ({ ...c, confidence: i === 0 ? gate : Math.min(c.confidence, gate) }));
}

/**
 * The weights as shipped: Platt calibration folded into each label's raw weights, rounded to
 * two decimals, and weights under `pruneBelow` dropped (they cost file size and move little).
 * Held-out figures are read off models in this form (`held-out.ts`), so the operating point
 * is chosen for the weights the detector will actually run, not for the unpruned ones.
 */
import type { Platt } from './calibrate';

/** Shipped weights are whole steps of 1/WEIGHT_SCALE (stored as integers: `encode-model.ts`). */
export const WEIGHT_SCALE = 100;

export interface ShippedWeights {
  /** Per label, in calibrated units: σ(bias + Σ weights) is the reported probability. */
  biases: number[];
  /** Per label, dense; a pruned weight is 0. */
  weights: Float64Array[];
}

export function shippedWeights(
  biases: ArrayLike<number>,
  weights: readonly Float64Array[],
  calibration: readonly Platt[],
  pruneBelow: number,
  /** Steps per unit weight (another value only to measure coarser quantisation). */
  scale = WEIGHT_SCALE,
): ShippedWeights {
  const round = (x: number) => Math.round(x * scale) / scale;
  return {
    biases: calibration.map(({ a, b }, c) => round(a * biases[c]! + b)),
    weights: weights.map((w, c) => {
      const { a } = calibration[c]!;
      return w.map((x) => {
        const scaled = round(a * x);
        return Math.abs(scaled) >= pruneBelow ? scaled : 0;
      });
    }),
  };
}

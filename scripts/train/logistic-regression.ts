/**
 * One-vs-rest logistic regression over sparse binary features scaled to unit length, trained
 * by seeded SGD with L2 decay. Deterministic: same data, options and seed → the same
 * weights, bit for bit.
 */
import { featureValue } from '../../lib/domain/detector/feature-hash';
import type { FeatureRow } from './featurise';

export interface TrainOptions {
  buckets: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** Loss weight of a positive example (the classes are rare). */
  positiveWeight: number;
  seed: number;
}

/** Mulberry32: a tiny seeded PRNG, enough for shuffling. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The raw score of one example. */
export function logit(bias: number, weights: Float64Array, row: FeatureRow): number {
  let z = 0;
  for (const f of row.features) z += weights[f]!;
  return bias + z * featureValue(row.count);
}

/** The unit of a bag with the highest score for one label (the detector reports that one). */
function bestUnit(bias: number, weights: Float64Array, bag: readonly FeatureRow[]): FeatureRow {
  let best = bag[0]!;
  let bestZ = bag.length > 1 ? logit(bias, weights, best) : 0;
  for (let u = 1; u < bag.length; u++) {
    const z = logit(bias, weights, bag[u]!);
    if (z > bestZ) [best, bestZ] = [bag[u]!, z];
  }
  return best;
}

/**
 * Trains one binary classifier per label column at once (they share the shuffle order).
 * Each example is a bag of feature rows (one row: a plain example); the loss of a label is
 * taken on the bag's best-scoring row for it (multiple-instance learning with max pooling),
 * as the detector reports a text's best unit. `labels[i][c]` is 1 when example i has label c.
 * Returns biases and dense weights.
 */
export function trainOneVsRest(
  bags: readonly (readonly FeatureRow[])[],
  labels: readonly (0 | 1)[][],
  o: TrainOptions,
  /** Loss weight per example (default 1): real text counts more, style copies less. */
  sampleWeights?: readonly number[],
) {
  const classes = labels[0]?.length ?? 0;
  const weights = Array.from({ length: classes }, () => new Float64Array(o.buckets));
  const biases = new Float64Array(classes);
  const random = seededRandom(o.seed);
  const order = bags.flatMap((bag, i) => (bag.length > 0 ? [i] : []));
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = o.learningRate / (1 + epoch * 0.1);
    const decay = 1 - rate * o.l2;
    for (const index of order) {
      for (let c = 0; c < classes; c++) {
        const w = weights[c]!;
        const row = bestUnit(biases[c]!, w, bags[index]!);
        const value = featureValue(row.count);
        const label = labels[index]![c]!;
        const p = 1 / (1 + Math.exp(-logit(biases[c]!, w, row)));
        const g = (p - label) * (label === 1 ? o.positiveWeight : 1) * (sampleWeights?.[index] ?? 1) * rate;
        biases[c] = biases[c]! - g;
        for (const f of row.features) w[f] = w[f]! * decay - g * value;
      }
    }
  }
  return { biases, weights };
}

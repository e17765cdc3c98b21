/**
 * One-vs-rest logistic regression over sparse binary features, trained by seeded SGD with
 * L2 decay. Deterministic: same data, options and seed → the same weights, bit for bit.
 */

export interface Example {
  /** Active feature buckets (binary features). */
  features: number[];
  /** Fixed logit offset (phrase patterns). */
  offset: number;
  label: 0 | 1;
}

export interface TrainOptions {
  buckets: number;
  epochs: number;
  learningRate: number;
  l2: number;
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

/** Trains one binary classifier; returns its bias and dense weights. */
export function trainBinary(examples: readonly Example[], o: TrainOptions) {
  const weights = new Float64Array(o.buckets);
  let bias = 0;
  const random = seededRandom(o.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = o.learningRate / (1 + epoch * 0.05);
    for (const index of order) {
      const ex = examples[index]!;
      let z = bias + ex.offset;
      for (const f of ex.features) z += weights[f]!;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - ex.label) * (ex.label === 1 ? o.positiveWeight : 1) * rate;
      bias -= g;
      for (const f of ex.features) weights[f] = weights[f]! * (1 - rate * o.l2) - g;
    }
  }
  return { bias, weights };
}

/**
 * Turns corpus items into a `DetectorModel`: featurise, drop rare pairs (a word pair seen
 * once is a memorised phrase, not a robust feature), train one classifier per motivation,
 * then prune and round the weights so the shipped JSON stays small.
 */
import type { DetectorModel, PatternRule } from '../../lib/domain/detector/types';
import { MOTIVATIONS, type MotivationId } from '../../lib/domain/vocabulary';
import type { CorpusItem } from './corpus';
import { bucketOf, createFeaturiser } from './featurise';
import { trainBinary, type TrainOptions } from './logistic-regression';
import { MOTIVATION_PATTERNS } from './motivation-patterns';
import { ROLE_PATTERNS } from './role-patterns';

export const DEFAULT_OPTIONS: TrainOptions = {
  buckets: 1 << 14,
  epochs: 30,
  learningRate: 0.15,
  l2: 0.01,
  positiveWeight: 4,
  seed: 20261122,
};
/** Weights smaller than this are dropped from the shipped model. */
const PRUNE_BELOW = 0.03;
const MIN_PAIR_COUNT = 2;

/** The pattern list shipped in the model (motivation rows first, then role cues). */
export function allPatterns(): PatternRule[] {
  const motivationRules = MOTIVATIONS.flatMap((motivation) =>
    MOTIVATION_PATTERNS[motivation].map(([slug, weight, source]) => {
      // A leading "~" marks an idiom that means the same negated or not.
      const anyPolarity = source.startsWith('~');
      const rule: PatternRule = {
        motivation,
        signalId: `${motivation}.${slug}`,
        weight,
        source: source.replace(/^~/, ''),
      };
      if (anyPolarity) rule.anyPolarity = true;
      return rule;
    }),
  );
  const roleRules = ROLE_PATTERNS.map(([role, weight, source]) => ({ role, weight, source }));
  return [...motivationRules, ...roleRules];
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Trains a complete model on the given items. */
export function buildModel(
  items: readonly CorpusItem[],
  threshold: number,
  options: TrainOptions = DEFAULT_OPTIONS,
): DetectorModel {
  const patterns = allPatterns();
  const featurise = createFeaturiser(patterns);
  const featurised = items.map((item) => featurise(item.text));
  const pairCounts = new Map<string, number>();
  for (const f of featurised)
    for (const n of f.names) if (n.startsWith('b:')) pairCounts.set(n, (pairCounts.get(n) ?? 0) + 1);
  const kept = featurised.map((f) => [
    ...new Set(
      f.names
        .filter((n) => !n.startsWith('b:') || (pairCounts.get(n) ?? 0) >= MIN_PAIR_COUNT)
        .map((n) => bucketOf(n, options.buckets)),
    ),
  ]);
  const classes = {} as DetectorModel['classes'];
  MOTIVATIONS.forEach((motivation: MotivationId, c) => {
    const examples = items.map((item, i) => ({
      features: kept[i]!,
      offset: featurised[i]!.offsets[c]!,
      label: item.motivations.includes(motivation) ? (1 as const) : (0 as const),
    }));
    const { bias, weights } = trainBinary(examples, { ...options, seed: options.seed + c });
    const index: number[] = [];
    const weight: number[] = [];
    weights.forEach((w, bucket) => {
      if (Math.abs(w) >= PRUNE_BELOW) {
        index.push(bucket);
        weight.push(round(w));
      }
    });
    classes[motivation] = { bias: round(bias), index, weight };
  });
  return {
    format: 'motive-detector',
    version: 1,
    buckets: options.buckets,
    threshold,
    classes,
    patterns,
    meta: { seed: options.seed, trainedOn: items.length, epochs: options.epochs },
  };
}

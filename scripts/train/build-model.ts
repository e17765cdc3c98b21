/**
 * Turns corpus items into a `DetectorModel`:
 * 1. featurise every utterance (words, word pairs, character n-grams; rare features dropped);
 * 2. train one-vs-rest logistic regression for the ten motivations and seven role cues on
 *    k−1 folds and score the held-out fold (an item and its style copies share a fold);
 * 3. fit Platt scaling per label on those held-out scores, then shift for the real mix of
 *    turns (most reveal nothing; see `prior-shift.ts`), so 0.5 means "report it";
 * 4. train on everything, fold the calibration into the weights, prune and round them.
 * Deterministic: the same items and options give a byte-identical model.
 */
import { fnv1a } from '../../lib/domain/detector/feature-hash';
import type { ClassWeights, DetectorModel, PatternRule } from '../../lib/domain/detector/types';
import { MOTIVATIONS, ROLES } from '../../lib/domain/vocabulary';
import { fitPlatt, type Platt } from './calibrate';
import type { CorpusItem } from './corpus';
import { featuriseAll, type FeatureRow } from './featurise';
import { logit, trainOneVsRest, type TrainOptions } from './logistic-regression';
import { MOTIVATION_PATTERNS } from './motivation-patterns';
import { chooseShift, type HeldOutRow } from './prior-shift';
import { ROLE_PATTERNS } from './role-patterns';

export interface BuildOptions extends TrainOptions {
  folds: number;
  /** Features seen in fewer items are dropped. */
  minCount: number;
  /** Calibrated weights smaller than this are not shipped. */
  pruneBelow: number;
}

export const DEFAULT_OPTIONS: BuildOptions = {
  buckets: 1 << 18,
  epochs: 10,
  learningRate: 2,
  l2: 0.0005,
  positiveWeight: 2,
  seed: 20261203,
  folds: 5,
  minCount: 2,
  pruneBelow: 0.5,
};

/** The highlight patterns shipped in the model (motivation rows first, then role cues). */
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

const LABELS = [...MOTIVATIONS, ...ROLES];
const labelRow = (item: CorpusItem): (0 | 1)[] =>
  LABELS.map((l) =>
    (item.motivations as string[]).includes(l) || (item.roles as string[]).includes(l) ? 1 : 0,
  );
/** Style copies carry their source's id before "~": they must share its fold. */
const foldOf = (item: CorpusItem, folds: number) => fnv1a(item.id.split('~')[0]!) % folds;

export interface HeldOut {
  /** Calibrated held-out probability per item and label (LABELS order). */
  probabilities: number[][];
  calibration: Platt[];
}

/** Steps 2–3: held-out scores and the calibration fitted on them. */
export function crossValidate(items: readonly CorpusItem[], rows: FeatureRow[], o: BuildOptions): HeldOut {
  const labels = items.map(labelRow);
  const scores = items.map(() => LABELS.map(() => 0));
  for (let fold = 0; fold < o.folds; fold++) {
    const inFold = items.map((item) => foldOf(item, o.folds) === fold);
    const trainRows = rows.filter((_, i) => !inFold[i]);
    const trainLabels = labels.filter((_, i) => !inFold[i]);
    const { biases, weights } = trainOneVsRest(trainRows, trainLabels, { ...o, seed: o.seed + fold });
    rows.forEach((row, i) => {
      if (inFold[i]) LABELS.forEach((_, c) => (scores[i]![c] = logit(biases[c]!, weights[c]!, row)));
    });
  }
  const calibration = LABELS.map((_, c) =>
    fitPlatt(
      scores.map((s) => s[c]!),
      labels.map((l) => l[c]!),
    ),
  );
  const probabilities = scores.map((s) =>
    s.map((z, c) => 1 / (1 + Math.exp(-(calibration[c]!.a * z + calibration[c]!.b)))),
  );
  return { probabilities, calibration };
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Trains a complete, calibrated model on the given items (steps 1–4). */
export function buildModel(items: readonly CorpusItem[], o: BuildOptions = DEFAULT_OPTIONS) {
  const rows = featuriseAll(
    items.map((i) => i.text),
    o.buckets,
    o.minCount,
  );
  const heldOut = crossValidate(items, rows, o);
  const heldOutRows: HeldOutRow[] = items.map((item, i) => ({
    probabilities: heldOut.probabilities[i]!,
    truth: labelRow(item).map((l) => l === 1),
    base: !item.id.includes('~'),
    negative: item.motivations.length === 0,
  }));
  const motivationShift = chooseShift(heldOutRows, 0, MOTIVATIONS.length, 'alarms');
  const roleShift = chooseShift(heldOutRows, MOTIVATIONS.length, LABELS.length, 'precision');
  const { biases, weights } = trainOneVsRest(rows, items.map(labelRow), o);
  const calibrated = LABELS.map((_, c): ClassWeights => {
    const { a } = heldOut.calibration[c]!;
    const b = heldOut.calibration[c]!.b - (c < MOTIVATIONS.length ? motivationShift : roleShift);
    const index: number[] = [];
    const weight: number[] = [];
    weights[c]!.forEach((w, bucket) => {
      const scaled = round(a * w);
      if (Math.abs(scaled) >= o.pruneBelow) {
        index.push(bucket);
        weight.push(scaled);
      }
    });
    return { bias: round(a * biases[c]! + b), index, weight };
  });
  const pick = <L extends string>(labels: readonly L[]) =>
    Object.fromEntries(
      labels.map((l) => [l, calibrated[(LABELS as readonly string[]).indexOf(l)]!]),
    ) as Record<L, ClassWeights>;
  const model: DetectorModel = {
    format: 'motive-detector',
    version: 2,
    buckets: o.buckets,
    threshold: 0.5,
    classes: pick(MOTIVATIONS),
    roles: pick(ROLES),
    patterns: allPatterns(),
    meta: {
      seed: o.seed,
      trainedOn: items.length,
      epochs: o.epochs,
      folds: o.folds,
      calibration: 'platt',
      motivationShift,
      roleShift,
    },
  };
  return { model, heldOut, motivationShift, roleShift };
}

export { LABELS };

/**
 * Held-out scores on training material only, scored the way the detector scores text: the
 * whole turn (or turn-sized windows) and each sentence alone, the best unit per label.
 * Two splits:
 * - k-fold cross-validation over base items (an item and its style copies share a fold);
 * - leave-source-out over the real third-party items (`real/*.jsonl`): every source family
 *   (one repository, see `sourceFamily`) is scored by a model trained without it and
 *   without its style copies, the closest stand-in for text from a source never seen.
 * Each model is scored twice: as trained, and as shipped (calibration folded in, rounded,
 * pruned: `ship-weights.ts`), since the bars must fit the weights the detector runs.
 * Only training items are read; never a dev set.
 */
import { hashedFeatures } from '../../lib/domain/detector/feature-hash';
import { ownSentences, scoredUnits } from '../../lib/domain/detector/turn-windows';
import { MOTIVATIONS, ROLES } from '../../lib/domain/vocabulary';
import { fnv1a } from '../../lib/domain/detector/feature-hash';
import { fitPlatt, type Platt } from './calibrate';
import type { CorpusItem } from './corpus';
import { featuriseAll, featuriseUnits, type FeatureRow } from './featurise';
import { logit, trainOneVsRest, type TrainOptions } from './logistic-regression';
import { shippedWeights, type ShippedWeights } from './ship-weights';

/**
 * The learned labels: the motivations, the role cues, and "reveals a motivation" (any one),
 * which gates the strongest motivation when the model ships it (`BuildOptions.gate`).
 */
export const LABELS = [...MOTIVATIONS, ...ROLES, 'reveals'] as const;
export const REVEALS = LABELS.indexOf('reveals');

export interface WeightOptions {
  /** Loss weight of a real third-party item (hand-written items weigh 1). */
  realWeight: number;
  /** Loss weight of a style copy (its base item weighs 1). */
  copyWeight: number;
}

export interface PoolingOptions {
  /**
   * What a training example is: `utterance`, the whole text as one row; `units`, the bag
   * of the detector's scoring units, each label learned and calibrated on its best unit.
   */
  pooling: 'utterance' | 'units';
}

export const labelRow = (item: CorpusItem): (0 | 1)[] =>
  LABELS.map((l) =>
    (item.motivations as string[]).includes(l) ||
    (item.roles as string[]).includes(l) ||
    (l === 'reveals' && item.motivations.length > 0)
      ? 1
      : 0,
  );
export const isCopy = (item: CorpusItem) => item.id.includes('~');
const baseId = (item: CorpusItem) => item.id.split('~')[0]!;
/** Style copies carry their source's id before "~": they must share its fold. */
export const foldOf = (item: CorpusItem, folds: number) => fnv1a(baseId(item)) % folds;

/** Real third-party text carries its provenance; hand-written items say so or carry none. */
export const isReal = (item: CorpusItem) => !!item.source && !item.source.startsWith('hand-written');

/**
 * The repository a real item was quoted from ("owner/name" before "@" or "#"). Repositories
 * with fewer than `minFamily` items are pooled into one family, so one thread's two quotes
 * are not a source of their own; a repository is never split between train and score.
 */
export function sourceFamilies(items: readonly CorpusItem[], minFamily = 30): Map<string, string> {
  const repoOf = (item: CorpusItem) => item.source!.split(/[@#]/)[0]!;
  const counts = new Map<string, number>();
  for (const item of items)
    if (isReal(item) && !isCopy(item)) counts.set(repoOf(item), (counts.get(repoOf(item)) ?? 0) + 1);
  const family = new Map<string, string>();
  for (const item of items) {
    if (!isReal(item)) continue;
    const repo = repoOf(item);
    family.set(baseId(item), (counts.get(repo) ?? 0) >= minFamily ? repo : 'smaller repositories');
  }
  return family;
}

export const sampleWeight = (item: CorpusItem, o: WeightOptions) =>
  (isReal(item) ? o.realWeight : 1) * (isCopy(item) ? o.copyWeight : 1);

/** The detector's scoring units of a text, hashed (no feature is dropped at inference). */
export function unitRows(text: string, buckets: number): FeatureRow[] {
  return scoredUnits(ownSentences(text)).map((unit) => {
    const features = hashedFeatures(unit.names, buckets);
    return { features, count: features.length };
  });
}

/** Every view of the items training needs. */
export interface Featurised {
  /** Whole utterances, rare features dropped. */
  rows: FeatureRow[];
  /** The detector's scoring units, every feature kept (how held-out items are scored). */
  units: FeatureRow[][];
  /** What each example is trained as (see `PoolingOptions`). */
  bags: FeatureRow[][];
}

export function featurise(
  items: readonly CorpusItem[],
  o: { buckets: number; minCount: number } & PoolingOptions,
): Featurised {
  const texts = items.map((i) => i.text);
  const rows = featuriseAll(texts, o.buckets, o.minCount);
  return {
    rows,
    units: texts.map((t) => unitRows(t, o.buckets)),
    bags: o.pooling === 'units' ? featuriseUnits(texts, o.buckets, o.minCount) : rows.map((r) => [r]),
  };
}

export interface ScoredItems {
  /** Raw logit of the whole utterance per label (calibrated on under whole-utterance training). */
  utterance: number[][];
  /** Best raw logit over the detector's units per label (what the detector reports). */
  best: number[][];
  /**
   * Best logit per label of the same model as shipped (calibrated, rounded, pruned:
   * `ship-weights.ts`); σ of it is the probability the detector would report.
   */
  shipped: number[][];
}

/** Trains on `train` rows and scores the `score` items, utterance and units. */
function trainAndScore(
  { rows, units, bags }: Featurised,
  labels: readonly (0 | 1)[][],
  weights: readonly number[],
  inTrain: readonly boolean[],
  toScore: readonly number[],
  o: TrainOptions,
  out: ScoredItems,
) {
  const pick = <T>(xs: readonly T[]) => xs.filter((_, i) => inTrain[i]);
  const { biases, weights: w } = trainOneVsRest(pick(bags), pick(labels), o, pick(weights));
  for (const i of toScore) {
    out.utterance[i] = LABELS.map((_, c) => logit(biases[c]!, w[c]!, rows[i]!));
    // A text with no words of its own has no units: its whole-utterance score stands in.
    out.best[i] = bestLogits(units[i]!, biases, w, out.utterance[i]);
  }
  return { biases, weights: w };
}

/** Best logit per label over a text's units (`fallback` when it has none). */
function bestLogits(
  units: readonly FeatureRow[],
  biases: Float64Array,
  w: Float64Array[],
  fallback: number[],
) {
  return LABELS.map((_, c) =>
    Math.max(...units.map((u) => logit(biases[c]!, w[c]!, u)), units.length ? -Infinity : fallback[c]!),
  );
}

/** A model trained on some items, kept with the items it scores held out. */
export interface HeldOutModel {
  toScore: number[];
  biases: Float64Array;
  weights: Float64Array[];
}

export interface CrossValidation extends ScoredItems {
  calibration: Platt[];
  /** Each fold's model (to score other shipped forms, e.g. another pruning bar). */
  models: HeldOutModel[];
}

const emptyScores = (n: number): ScoredItems => ({
  utterance: Array.from({ length: n }, () => []),
  best: Array.from({ length: n }, () => []),
  shipped: Array.from({ length: n }, () => []),
});

/** Best shipped-form logit per label over a text's units (its utterance row when it has none). */
export function shippedLogits({ units, rows }: Featurised, i: number, m: ShippedWeights) {
  const rowsOf = units[i]!.length > 0 ? units[i]! : [rows[i]!];
  return LABELS.map((_, c) => Math.max(...rowsOf.map((u) => logit(m.biases[c]!, m.weights[c]!, u))));
}

/** k-fold held-out scores of every item and the Platt calibration fitted on them. */
export function crossValidate(
  items: readonly CorpusItem[],
  features: Featurised,
  o: TrainOptions & WeightOptions & PoolingOptions & { folds: number; pruneBelow: number },
): CrossValidation {
  const labels = items.map(labelRow);
  const weights = items.map((item) => sampleWeight(item, o));
  const out = emptyScores(items.length);
  // Each fold's model is kept until the calibration is known, to score it as shipped.
  const models: HeldOutModel[] = [];
  for (let fold = 0; fold < o.folds; fold++) {
    const inFold = items.map((item) => foldOf(item, o.folds) === fold);
    const toScore = inFold.flatMap((f, i) => (f ? [i] : []));
    const inTrain = inFold.map((f) => !f);
    const m = trainAndScore(features, labels, weights, inTrain, toScore, { ...o, seed: o.seed + fold }, out);
    models.push({ toScore, ...m });
  }
  // Calibrated on the scores the training objective is about: the best unit's when
  // training pools units (what the detector reports), else the whole utterance's.
  const fitted = o.pooling === 'units' ? out.best : out.utterance;
  const calibration = LABELS.map((_, c) =>
    fitPlatt(
      fitted.map((s) => s[c]!),
      labels.map((l) => l[c]!),
    ),
  );
  for (const { toScore, biases, weights: w } of models) {
    const shipped = shippedWeights(biases, w, calibration, o.pruneBelow);
    for (const i of toScore) out.shipped[i] = shippedLogits(features, i, shipped);
  }
  return { ...out, calibration, models };
}

/** Leave-source-out scores of the real base items: family → item indices and their scores. */
export function leaveSourceOut(
  items: readonly CorpusItem[],
  features: Featurised,
  o: TrainOptions & WeightOptions & { pruneBelow: number },
  /** The cross-validated calibration: each family's model is also scored as shipped with it. */
  calibration: readonly Platt[],
  /** Extra texts (as unit rows) to score with each family's model, e.g. long composed turns. */
  probes: (family: string) => FeatureRow[][] = () => [],
) {
  const labels = items.map(labelRow);
  const weights = items.map((item) => sampleWeight(item, o));
  const families = sourceFamilies(items);
  const names = [...new Set(families.values())].sort();
  const out = emptyScores(items.length);
  const scored = new Map<string, number[]>();
  const probed = new Map<string, number[][]>();
  const models: HeldOutModel[] = [];
  names.forEach((name, k) => {
    const inFamily = items.map((item) => families.get(baseId(item)) === name);
    const toScore = inFamily.flatMap((f, i) => (f && !isCopy(items[i]!) ? [i] : []));
    scored.set(name, toScore);
    const inTrain = inFamily.map((f) => !f);
    const seed = o.seed + 100 + k;
    const m = trainAndScore(features, labels, weights, inTrain, toScore, { ...o, seed }, out);
    models.push({ toScore, ...m });
    const shipped = shippedWeights(m.biases, m.weights, calibration, o.pruneBelow);
    for (const i of toScore) out.shipped[i] = shippedLogits(features, i, shipped);
    probed.set(
      name,
      probes(name).map((units) => bestLogits(units, m.biases, m.weights, [])),
    );
  });
  return { ...out, families: scored, probed, models };
}

/** Calibrated probabilities from raw logits. */
export const calibrated = (scores: readonly number[], calibration: readonly Platt[]) =>
  scores.map((z, c) => 1 / (1 + Math.exp(-(calibration[c]!.a * z + calibration[c]!.b))));

/**
 * Turns corpus items into a `DetectorModel`:
 * 1. featurise every utterance (words, word pairs, character n-grams; rare features dropped);
 * 2. train one-vs-rest logistic regression for the ten motivations and seven role cues on
 *    k−1 folds, each text a bag of the detector's scoring units with each label learned on
 *    its best unit (`pooling: 'units'`), and score the held-out fold as the detector scores
 *    text (`held-out.ts`);
 * 3. fit Platt scaling per label on those held-out best-unit scores, and choose the operating
 *    point (the reporting bars; `operating-point.ts`) on the held-out scores of each fold's
 *    model as shipped (calibration folded in, rounded, pruned: `ship-weights.ts`), so the bars
 *    fit the weights the detector runs;
 * 4. train on everything, fold the calibration into the weights, prune and round them.
 * Deterministic: the same items and options give a byte-identical model.
 */
import type {
  ClassWeights,
  DetectorModel,
  OperatingPoint,
  PatternRule,
} from '../../lib/domain/detector/types';
import { MOTIVATIONS, ROLES } from '../../lib/domain/vocabulary';
import type { CorpusItem } from './corpus';
import {
  calibrated,
  crossValidate,
  type CrossValidation,
  featurise,
  foldOf,
  isCopy,
  labelRow,
  LABELS,
  REVEALS,
  sampleWeight,
  type PoolingOptions,
  type WeightOptions,
} from './held-out';
import { trainOneVsRest, type TrainOptions } from './logistic-regression';
import { MOTIVATION_PATTERNS } from './motivation-patterns';
import { chooseOperatingPoint, measure, type ScoredRow } from './operating-point';
import { ROLE_PATTERNS } from './role-patterns';
import { shippedWeights, type ShippedWeights } from './ship-weights';

export interface BuildOptions extends TrainOptions, WeightOptions, PoolingOptions {
  folds: number;
  /** Features seen in fewer items are dropped. */
  minCount: number;
  /** Calibrated weights smaller than this are not shipped. */
  pruneBelow: number;
  /**
   * What decides whether a text reveals a motivation: `strongest`, the strongest motivation's
   * own confidence; `reveals`, its geometric mean with a learned "reveals a motivation" label,
   * shipped in the model (`gatedMotivations`).
   */
  gate: 'strongest' | 'reveals';
  /**
   * Which held-out scores the operating point is chosen on: `shipped`, each fold's model as
   * shipped (pruned, rounded); `trained`, as trained (what models before issue 11's ranking
   * round did: their bars fitted unpruned weights).
   */
  pointOn: 'shipped' | 'trained';
}

export const DEFAULT_OPTIONS: BuildOptions = {
  buckets: 1 << 20,
  epochs: 15,
  learningRate: 2,
  l2: 0.0005,
  positiveWeight: 2,
  seed: 20261203,
  folds: 5,
  minCount: 2,
  pruneBelow: 0.5,
  realWeight: 1,
  copyWeight: 0.5,
  pooling: 'units',
  gate: 'reveals',
  pointOn: 'shipped',
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

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Held-out calibrated probabilities of item `i`, from the scores `o.pointOn` names. */
export const heldOutProbabilities = (
  cv: Pick<CrossValidation, 'shipped' | 'best' | 'calibration'>,
  i: number,
  o: BuildOptions,
) => (o.pointOn === 'shipped' ? cv.shipped[i]!.map(sigmoid) : calibrated(cv.best[i]!, cv.calibration));

/** A held-out row; with the reveals gate, its "reveals a motivation" probability rides along. */
export function heldOutRow(probabilities: number[], truth: boolean[], gate: BuildOptions['gate']) {
  const row: ScoredRow = { probabilities, truth };
  if (gate === 'reveals') row.reveals = probabilities[REVEALS]!;
  return row;
}

/** Trains a complete, calibrated model on the given items (steps 1–4). */
export function buildModel(items: readonly CorpusItem[], o: BuildOptions = DEFAULT_OPTIONS) {
  const features = featurise(items, o);
  const cv = crossValidate(items, features, o);
  // The operating point is read off base items only: copies would count an item twice.
  const heldOut: ScoredRow[] = items.flatMap((item, i) =>
    isCopy(item)
      ? []
      : [
          {
            ...heldOutRow(
              heldOutProbabilities(cv, i, o),
              labelRow(item).map((l) => l === 1),
              o.gate,
            ),
            fold: foldOf(item, o.folds),
          },
        ],
  );
  const operatingPoint = chooseOperatingPoint(heldOut);
  const { biases, weights } = trainOneVsRest(
    features.bags,
    items.map(labelRow),
    o,
    items.map((item) => sampleWeight(item, o)),
  );
  const shipped = shippedWeights(biases, weights, cv.calibration, o.pruneBelow);
  const model = shippedModelOf(shipped, operatingPoint, o, items.length);
  return { model, heldOut, quality: measure(heldOut, operatingPoint) };
}

/** The model around shipped weights (the non-zero ones), with the patterns and provenance. */
export function shippedModelOf(
  shipped: ShippedWeights,
  operatingPoint: OperatingPoint,
  o: BuildOptions,
  trainedOn: number,
): DetectorModel {
  const folded = LABELS.map((_, c): ClassWeights => {
    const index: number[] = [];
    const weight: number[] = [];
    shipped.weights[c]!.forEach((w, bucket) => {
      if (w !== 0) {
        index.push(bucket);
        weight.push(w);
      }
    });
    return { bias: shipped.biases[c]!, index, weight };
  });
  const pick = <L extends string>(labels: readonly L[]) =>
    Object.fromEntries(labels.map((l) => [l, folded[(LABELS as readonly string[]).indexOf(l)]!])) as Record<
      L,
      ClassWeights
    >;
  return {
    format: 'motive-detector',
    version: 3,
    buckets: o.buckets,
    operatingPoint,
    classes: pick(MOTIVATIONS),
    roles: pick(ROLES),
    ...(o.gate === 'reveals' ? { reveals: folded[REVEALS]! } : {}),
    patterns: allPatterns(),
    meta: {
      seed: o.seed,
      trainedOn,
      epochs: o.epochs,
      folds: o.folds,
      calibration: 'platt',
      realWeight: o.realWeight,
      copyWeight: o.copyWeight,
      pooling: o.pooling,
      gate: o.gate,
    },
  };
}

export { LABELS };

/**
 * Training-side view of an utterance: the hashed features of its own words, exactly as the
 * detector builds them (`lib/domain/detector/turn-windows.ts`), so training and inference
 * agree on every feature.
 */
import { fnv1a } from '../../lib/domain/detector/feature-hash';
import { ownSentences, scoredUnits } from '../../lib/domain/detector/turn-windows';

/** Feature names (before hashing) of a whole utterance, unique. */
export function utteranceFeatureNames(text: string): string[] {
  const names = new Set<string>();
  for (const sentence of ownSentences(text)) sentence.names.forEach((n) => names.add(n));
  return [...names];
}

/** Hash bucket of a feature name (identical to the detector's hashing). */
export const bucketOf = (name: string, buckets: number) => fnv1a(name) % buckets;

/**
 * Hashed feature rows for all items. Features seen in fewer than `minCount` items are
 * dropped: a word pair or character run seen once is a memorised phrase, not a cue.
 */
export interface FeatureRow {
  /** Kept buckets, ascending. */
  features: number[];
  /** All distinct buckets of the utterance, kept or not: the detector scales by this. */
  count: number;
}

/** How many items each feature name occurs in. */
function itemCounts(named: readonly string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const names of named) for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return counts;
}

function row(names: Iterable<string>, counts: Map<string, number>, buckets: number, minCount: number) {
  const all = new Set<number>();
  const kept = new Set<number>();
  for (const n of names) {
    const bucket = bucketOf(n, buckets);
    all.add(bucket);
    if ((counts.get(n) ?? 0) >= minCount) kept.add(bucket);
  }
  return { features: [...kept].sort((a, b) => a - b), count: all.size };
}

export function featuriseAll(texts: readonly string[], buckets: number, minCount: number): FeatureRow[] {
  const named = texts.map(utteranceFeatureNames);
  const counts = itemCounts(named);
  return named.map((names) => row(names, counts, buckets, minCount));
}

/**
 * The same items as bags of the detector's scoring units (`scoredUnits`: the turn, or its
 * windows, and each sentence alone), with the same rare features dropped: training on the
 * best unit per label sees a text exactly as the detector will.
 */
export function featuriseUnits(texts: readonly string[], buckets: number, minCount: number): FeatureRow[][] {
  const counts = itemCounts(texts.map(utteranceFeatureNames));
  return texts.map((text) =>
    scoredUnits(ownSentences(text)).map((unit) => row(unit.names, counts, buckets, minCount)),
  );
}

/**
 * Model features of a token list, hashed into buckets: stemmed words, adjacent word pairs
 * and character 5-grams of each word (the part that carries a paraphrase, a typo or an
 * unseen inflection). Shorter character grams were dropped: they fit the training writers'
 * style and scored worse on held-out and leave-source-out real text (tests/corpus/README.md). Words inside a negation keep their "!" mark in every feature, so "not
 * worried" never looks like "worried". Shared by the detector and `scripts/train/`, so
 * training and inference can never disagree on what a feature is.
 */
import type { Token } from './normalise-tokens';

/** 32-bit FNV-1a: cheap, deterministic, good enough spread for feature hashing. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const CHAR_GRAMS = [5] as const;

/** Adds the feature strings of one sentence's tokens to `into`. */
export function addFeatureNames(tokens: readonly Token[], into: Set<string>): Set<string> {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    into.add(`w:${token.stem}`);
    const next = tokens[i + 1];
    if (next) into.add(`b:${token.stem} ${next.stem}`);
    const negated = token.word.startsWith('!');
    const padded = `<${negated ? token.word.slice(1) : token.word}>`;
    const mark = negated ? 'c!' : 'c';
    for (const n of CHAR_GRAMS) {
      for (let s = 0; s + n <= padded.length; s++) into.add(`${mark}:${padded.slice(s, s + n)}`);
    }
  }
  return into;
}

/** The feature strings of a sentence (unique). */
export const featureNames = (tokens: readonly Token[]): string[] => [...addFeatureNames(tokens, new Set())];

/** Hash buckets of feature names (unique, ascending). */
export function hashedFeatures(names: Iterable<string>, buckets: number): number[] {
  const set = new Set<number>();
  for (const name of names) set.add(fnv1a(name) % buckets);
  return [...set].sort((a, b) => a - b);
}

/**
 * Below this many features a text is scaled as if it had this many: a one-word reply
 * ("Agreed.") must not weigh its few features like a whole sentence's worth of evidence.
 */
export const MIN_SCALE_FEATURES = 90;

/**
 * The value every active feature takes: binary features scaled to unit length, so a long
 * turn and a short one are scored on the same scale (the hashed stand-in for TF-IDF's
 * length normalisation; the learned weights absorb the IDF).
 */
export const featureValue = (activeCount: number) =>
  activeCount > 0 ? 1 / Math.sqrt(Math.max(activeCount, MIN_SCALE_FEATURES)) : 0;

/**
 * Model features of a token list, hashed into buckets: stemmed words and adjacent pairs.
 * Shared by the detector and `scripts/train-detector.ts`, so training and inference can
 * never disagree on what a feature is.
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

/** The feature strings of a sentence (unique). */
export function featureNames(tokens: readonly Token[]): string[] {
  const names = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    names.add(`w:${token.stem}`);
    const next = tokens[i + 1];
    if (next) names.add(`b:${token.stem} ${next.stem}`);
  }
  return [...names];
}

/** The feature name of a matched phrase pattern: its reliability is learned per motivation. */
export const patternFeature = (signalId: string) => `p:${signalId}`;

/** Hash buckets of feature names (unique, unordered). */
export function hashedFeatures(names: readonly string[], buckets: number): number[] {
  return [...new Set(names.map((name) => fnv1a(name) % buckets))];
}

/**
 * Training-side view of an utterance: the union of its sentences' hashed features and, per
 * motivation, the summed weight of the phrase patterns that matched (a fixed logit offset,
 * so the learned weights model what the patterns miss). Uses the detector's own modules, so
 * training and inference agree on every feature.
 */
import { ownWordRegions, sentenceSpans } from '../../lib/domain/detector/buyer-text-regions';
import { featureNames, fnv1a, patternFeature } from '../../lib/domain/detector/feature-hash';
import { normaliseTokens } from '../../lib/domain/detector/normalise-tokens';
import { compilePattern, patternText, plainText } from '../../lib/domain/detector/pattern-regex';
import type { PatternRule } from '../../lib/domain/detector/types';
import { MOTIVATIONS } from '../../lib/domain/vocabulary';

export interface Featurised {
  /** Feature names (before hashing), unique. */
  names: string[];
  /** Pattern logit offset per motivation, in vocabulary order. */
  offsets: number[];
}

/** Builds a featuriser for a pattern list. */
export function createFeaturiser(patterns: readonly PatternRule[]) {
  const rules = patterns
    .filter((p) => p.motivation)
    .map((p) => ({
      regex: compilePattern(p.source),
      c: MOTIVATIONS.indexOf(p.motivation!),
      w: p.weight,
      anyPolarity: p.anyPolarity === true,
      name: p.signalId ? patternFeature(p.signalId) : undefined,
    }));
  return (text: string): Featurised => {
    const names = new Set<string>();
    const offsets = MOTIVATIONS.map(() => 0);
    for (const span of sentenceSpans(text, ownWordRegions(text))) {
      const tokens = normaliseTokens(text, span.start, span.end);
      featureNames(tokens).forEach((n) => names.add(n));
      const words = patternText(tokens);
      const plain = plainText(words);
      const hit = new Set<number>();
      rules.forEach((rule, i) => {
        if (!hit.has(i) && rule.regex.test(rule.anyPolarity ? plain : words)) {
          hit.add(i);
          offsets[rule.c]! += rule.w;
          if (rule.name) names.add(rule.name);
        }
      });
    }
    return { names: [...names], offsets };
  };
}

/** Hash bucket of a feature name (identical to the detector's hashing). */
export const bucketOf = (name: string, buckets: number) => fnv1a(name) % buckets;

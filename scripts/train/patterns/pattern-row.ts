/**
 * Phrase patterns for motivations, shipped inside `public/models/detector.json`. Each row is
 * [signal slug, logit weight, regex source]. Sources run over normalised text: lower case,
 * single spaces, no punctuation, fillers removed, negated words prefixed with "!" (so
 * "can't see" is written `can'?t !see`, and a plain word never matches inside a negation).
 * A leading "~" marks an idiom that means the same negated or not ("not my neck").
 * They are broad paraphrase families, not memorised sentences; the trained weights learn
 * what the patterns miss and temper what they over-reach on.
 */
export type PatternRow = [slug: string, weight: number, source: string];

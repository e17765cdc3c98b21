/**
 * The units the model scores. A turn or a short email is scored whole (the model was
 * trained on whole utterances, and one turn is one piece of evidence); a long email is cut
 * into consecutive windows of whole sentences about the size of a spoken turn, so one
 * signal in a long message is not diluted by pages of logistics.
 */
import { ownWordRegions, sentenceSpans } from './buyer-text-regions';
import { addFeatureNames } from './feature-hash';
import { normaliseTokens, type Token } from './normalise-tokens';
import type { TextSpan } from './types';

/** About a long spoken turn; corpus utterances are almost all shorter. */
export const WINDOW_TOKENS = 80;

export interface ScoredSentence {
  span: TextSpan;
  tokens: Token[];
  names: Set<string>;
}

export interface TurnWindow {
  sentences: ScoredSentence[];
  /** Feature names of all its sentences. */
  names: Set<string>;
}

/** The author's own sentences of `text`, normalised and featurised. */
export function ownSentences(text: string): ScoredSentence[] {
  return sentenceSpans(text, ownWordRegions(text))
    .map((span) => {
      const tokens = normaliseTokens(text, span.start, span.end);
      return { span, tokens, names: addFeatureNames(tokens, new Set()) };
    })
    .filter((s) => s.tokens.length > 0);
}

/** Groups sentences into windows of at most `WINDOW_TOKENS` tokens (a sentence is never split). */
export function turnWindows(sentences: readonly ScoredSentence[]): TurnWindow[] {
  const windows: TurnWindow[] = [];
  let current: TurnWindow | undefined;
  let size = 0;
  for (const sentence of sentences) {
    if (!current || size + sentence.tokens.length > WINDOW_TOKENS) {
      windows.push((current = { sentences: [], names: new Set() }));
      size = 0;
    }
    current.sentences.push(sentence);
    sentence.names.forEach((n) => current!.names.add(n));
    size += sentence.tokens.length;
  }
  return windows;
}

/**
 * Everything the model scores for one text: its turn windows and, when a window holds more
 * than one sentence, each sentence alone. A label is still reported once per text.
 */
export function scoredUnits(sentences: readonly ScoredSentence[]): TurnWindow[] {
  const windows = turnWindows(sentences);
  const single = windows.flatMap((w) =>
    w.sentences.length > 1 ? w.sentences.map((s) => ({ sentences: [s], names: s.names })) : [],
  );
  return [...windows, ...single];
}

/**
 * Which language a caption line is in, well enough to say "not diagnosed: German" instead of
 * reading German words with an English model. Hand-written for Motive, no dependency: the
 * script decides for non-Latin text (kana → Japanese, Hangul → Korean, Cyrillic → Russian or
 * Ukrainian…), and for Latin text the most frequent short function words decide, because
 * caption lines are short and those words are the most reliable cue in a short line.
 *
 * It never guesses: a line too short or too mixed to tell is `undetermined`, and the caller
 * treats it as readable (claiming nothing new), never as a foreign language.
 */
import { FUNCTION_WORDS, LANGUAGE_NAMES, type LanguageCode } from './language-data';

export type { LanguageCode };

export interface LanguageGuess {
  /** ISO 639-1 code, or `und` when the line does not say enough. */
  code: LanguageCode | 'und';
  /** English name for the panel ("German"); "unknown" for `und`. */
  name: string;
}

/** Languages the signal detector reads (its model is trained on English conversation). */
export const DETECTOR_LANGUAGES: ReadonlySet<LanguageCode> = new Set(['en']);

const SCRIPTS: [RegExp, (text: string) => LanguageCode][] = [
  [/[\u3040-\u30ff]/u, () => 'ja'],
  [/[\uac00-\ud7af]/u, () => 'ko'],
  [/[\u4e00-\u9fff]/u, () => 'zh'],
  [/[\u0400-\u04ff]/u, (t) => (/[іїєґ]/iu.test(t) ? 'uk' : 'ru')],
  [/[\u0600-\u06ff]/u, () => 'ar'],
  [/[\u0590-\u05ff]/u, () => 'he'],
  [/[\u0370-\u03ff]/u, () => 'el'],
  [/[\u0900-\u097f]/u, () => 'hi'],
  [/[\u0e00-\u0e7f]/u, () => 'th'],
];

/** At least this many function words must point at the winner, and more than at any other. */
const MIN_HITS = 2;

const named = (code: LanguageCode | 'und'): LanguageGuess => ({
  code,
  name: code === 'und' ? 'unknown' : LANGUAGE_NAMES[code],
});

/** The language of `text`, or `und` when it cannot tell. Pure. */
export function identifyLanguage(text: string): LanguageGuess {
  const letters = text.replace(/[\s\p{P}\p{N}\p{S}]/gu, '');
  if (letters.length === 0) return named('und');
  for (const [script, pick] of SCRIPTS) {
    const count = [...letters].filter((ch) => script.test(ch)).length;
    // Most of the letters in the script: a Latin brand name in Japanese text stays Japanese.
    if (count / [...letters].length >= 0.3) return named(pick(text));
  }
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  const hits = new Map<LanguageCode, number>();
  for (const word of words) {
    for (const [code, list] of FUNCTION_WORDS) if (list.has(word)) hits.set(code, (hits.get(code) ?? 0) + 1);
  }
  const ranked = [...hits.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_HITS || (second && second[1] >= best[1])) return named('und');
  return named(best[0]);
}

/** True when the detector may read the line: its language is one it reads, or undetermined. */
export function detectorReads(guess: LanguageGuess): boolean {
  return guess.code === 'und' || DETECTOR_LANGUAGES.has(guess.code);
}

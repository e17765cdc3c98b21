/**
 * Compiles a model pattern source for the normalised text. The guards make a pattern match
 * whole words only and never start on a negated word ("!secure" does not match `secure`).
 */
export function compilePattern(source: string): RegExp {
  return new RegExp(`(?<![!\\w'-])(?:${source})(?![\\w'-])`);
}

/** The text patterns run over: the normalised words joined by single spaces. */
export function patternText(words: readonly { word: string }[]): string {
  return words.map((t) => t.word).join(' ');
}

/** The same text with negation marks removed, for `anyPolarity` patterns. */
export function plainText(negatedText: string): string {
  return negatedText.replace(/(^| )!/g, '$1');
}

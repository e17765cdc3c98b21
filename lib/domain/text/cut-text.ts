/**
 * Cuts user text to at most `max` code points without ever splitting a surrogate pair.
 *
 * `String.prototype.slice` counts UTF-16 units, so cutting an emoji in half leaves a lone
 * surrogate that PostgreSQL (and so the sync server) refuses, which once jammed a profile's
 * sync for good. Every cut of quotes, speakers, subjects, names and note text goes through
 * here. With `ellipsis`, a cut text ends in "…" and still fits `max`.
 */
export function cutText(text: string, max: number, options: { ellipsis?: boolean } = {}): string {
  if (max <= 0) return '';
  // Fast path: fewer UTF-16 units than the limit means fewer code points too.
  if (text.length <= max) return text;
  const points = Array.from(text);
  if (points.length <= max) return text;
  if (options.ellipsis) return `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
  return points.slice(0, max).join('');
}

/** Replaces lone surrogates (which no database or JSON consumer accepts) with U+FFFD. */
export function withoutLoneSurrogates(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

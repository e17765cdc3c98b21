/**
 * Words indexed for offline note search: unique, lower-cased, accent-folded (é → e).
 * Prefix search ("renew" → "renewal") is a range query on this multi-entry index
 * (`where('words').startsWith(term)`), so no prefixes are stored.
 */
const MAX_WORD = 32;
const MAX_WORDS = 1000;

export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function tokenize(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function searchWords(text: string, tags: readonly string[] = []): string[] {
  const words = new Set<string>();
  for (const token of [...tokenize(text), ...tags.flatMap(tokenize)]) {
    words.add(token.slice(0, MAX_WORD));
    if (words.size >= MAX_WORDS) break;
  }
  return [...words];
}

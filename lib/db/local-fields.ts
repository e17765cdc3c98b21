/**
 * The local-only fields derived from a synced value, kept on its row for the indexes and never
 * sent in a sync `value` (synced-write.ts `LOCAL_FIELDS`). ONE builder for every path that
 * writes a synced row (the repositories through putSynced, a restore through putSyncedMany,
 * sync's pulled and resolved rows through local-rows.ts), so an index never misses a row
 * written one way and not another.
 * - notes: `words`, the search words of text and tags (search-words.ts);
 * - accounts: `nameLower`, the name folded for the account finder's indexed prefix search, and
 *   `sample: 1` on the sample account only (a sparse index: IndexedDB cannot index booleans).
 */
import type { SyncCollection } from '../domain/vocabulary';
import { foldText, searchWords } from './search-words';

/**
 * The account finder's key for a name: lower-cased and accent-folded ("Société" → "societe"),
 * so a prefix typed in any case, with or without accents, is one range on the `nameLower` index.
 */
export function accountNameKey(name: string): string {
  return foldText(name);
}

export function localFieldsOf(
  collection: SyncCollection,
  value: Record<string, unknown>,
): Record<string, unknown> {
  if (collection === 'notes') {
    const tags = Array.isArray(value.tags) ? (value.tags as string[]) : [];
    return { words: searchWords(typeof value.text === 'string' ? value.text : '', tags) };
  }
  if (collection === 'accounts') {
    return {
      nameLower: accountNameKey(typeof value.name === 'string' ? value.name : ''),
      ...(value.isSample === true ? { sample: 1 } : {}),
    };
  }
  return {};
}

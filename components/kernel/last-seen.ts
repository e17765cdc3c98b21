/**
 * The records of the account the panel showed last, kept in the extension's localStorage so
 * the next panel opened on that account draws its first frame synchronously instead of waiting
 * for IndexedDB to open and answer. Only ever a first frame: the live query replaces it one
 * IndexedDB round later, and every live result rewrites it (or drops it, for a deleted
 * account), so it never holds anything the database no longer says. Never throws.
 */
import type { AccountRecords, AccountSource } from './account-records';

/** The localStorage key of the copy (benchmarks remove it to measure a cold open). */
export const LAST_SEEN_KEY = 'motive:last-seen-account';

// Stored as `<account id>\n<JSON>`, so a copy of another account is skipped without parsing it.
const SEPARATOR = '\n';

/** Larger accounts are not kept: parsing them before the first frame would cost more than the read it saves. */
export const LAST_SEEN_MAX_CHARS = 200_000;

/** The kept copy of `accountId`'s records, when the last account shown was that one. */
export function readLastSeen(store: Storage | undefined, accountId: string): AccountRecords | undefined {
  try {
    const raw = store?.getItem(LAST_SEEN_KEY);
    if (!raw?.startsWith(accountId + SEPARATOR)) return undefined;
    const records = JSON.parse(raw.slice(accountId.length + 1)) as AccountRecords;
    return records?.account?.id === accountId ? records : undefined;
  } catch {
    return undefined;
  }
}

/** The kept copy of `accountId`'s records as the first frame of the account source. */
export function savedCopySource(store: Storage | undefined, accountId: string): AccountSource | undefined {
  const records = readLastSeen(store, accountId);
  return records ? { records, fromSavedCopy: true } : undefined;
}

/**
 * Keeps `records` (read live from the database) as the last-seen copy; `null` for `accountId`
 * (deleted or missing) drops a copy of that account.
 */
export function writeLastSeen(
  store: Storage | undefined,
  accountId: string,
  records: AccountRecords | null,
): void {
  try {
    if (!store) return;
    const json = records ? JSON.stringify(records) : null;
    if (json !== null && json.length <= LAST_SEEN_MAX_CHARS)
      store.setItem(LAST_SEEN_KEY, accountId + SEPARATOR + json);
    else if (json !== null || store.getItem(LAST_SEEN_KEY)?.startsWith(accountId + SEPARATOR))
      store.removeItem(LAST_SEEN_KEY);
  } catch {
    // Full or unavailable store: the next panel simply reads IndexedDB before its first frame.
  }
}

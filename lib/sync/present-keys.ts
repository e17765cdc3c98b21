/**
 * Which of some keys a table holds, found with one key-only range read between the lowest and
 * highest of them instead of one read per key (Dexie's bulkGet is one IndexedDB request per key:
 * a fresh profile pulling 10,000 notes asked for 10,000 rows that were not there, 185 ms of the
 * service worker's time in issue 15's profile). Record ids are mostly time-ordered, so the range
 * is usually narrow; when it holds more than `SPREAD` keys per wanted one, the read stops there
 * and every key is assumed present (the caller reads them all, as before).
 *
 * Chained on Dexie's promises, not an async function: it runs inside callers' transactions,
 * and a chain of native awaits there let a transaction commit early (PrematureCommitError,
 * seen in resolve-pending-conflicts.test.ts).
 */
import Dexie, { type Table } from 'dexie';

const SPREAD = 16;

export function presentKeys<T>(table: Table<T, string>, keys: readonly string[]): Promise<string[]> {
  if (keys.length === 0) return Dexie.Promise.resolve([]);
  const sorted = [...keys].sort();
  const cap = keys.length * SPREAD;
  return table
    .where(':id')
    .between(sorted[0]!, sorted.at(-1)!, true, true)
    .limit(cap)
    .primaryKeys()
    .then((inRange) => {
      if (inRange.length === cap) return [...keys];
      const held = new Set(inRange);
      return keys.filter((key) => held.has(key));
    });
}

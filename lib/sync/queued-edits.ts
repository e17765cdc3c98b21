/**
 * The outbox entries queued for the records a response touches, read at once (for the push
 * results and the pulled changes alike), and the rebase of later edits onto the version an
 * acknowledged change got. Runs inside applyResponse's transaction.
 */
import Dexie from 'dexie';
import type { MotiveDatabase, OutboxEntry } from '../db/schema';
import type { SyncCollection } from '../domain/vocabulary';

/** A change of this device the server holds at `version` (applied now or earlier). */
export interface Acknowledged {
  collection: SyncCollection;
  key: string;
  version: number;
}

export const recordId = (collection: string, key: string) => `${collection}\u0000${key}`;

/**
 * The queued entries of any of `records`, grouped by record id. A short outbox is read whole;
 * a long one is probed once per record, all requests at once (a multi-key cursor would wait
 * for one IndexedDB round trip per key it skips to).
 *
 * A Dexie promise chain, not an async function: it runs inside callers' transactions, and
 * Dexie follows a transaction through native awaits only so far (two levels of async
 * functions under a scope that is not itself async fall outside it, and the transaction
 * commits early: tests/integration/transaction-scope).
 */
export function queuedEditsOf(
  db: MotiveDatabase,
  records: readonly { collection: SyncCollection; key: string }[],
): Promise<Map<string, OutboxEntry[]>> {
  if (records.length === 0) return Dexie.Promise.resolve(new Map<string, OutboxEntry[]>());
  const wanted = new Map(records.map((r) => [recordId(r.collection, r.key), r] as const));
  return db.outbox
    .count()
    .then((count) =>
      count <= wanted.size
        ? db.outbox
            .toArray()
            .then((all) => all.filter((entry) => wanted.has(recordId(entry.collection, entry.key))))
        : Dexie.Promise.all(
            [...wanted.values()].map((r) =>
              db.outbox.where('[collection+key]').equals([r.collection, r.key]).toArray(),
            ),
          ).then((found) => found.flat()),
    )
    .then((entries) => {
      const queued = new Map<string, OutboxEntry[]>();
      for (const entry of entries) {
        const id = recordId(entry.collection, entry.key);
        queued.set(id, [...(queued.get(id) ?? []), entry]);
      }
      return queued;
    });
}

/** Later edits of each acknowledged record, starting from its new version (to be written back). */
export function rebasedEdits(
  acknowledged: readonly Acknowledged[],
  queued: ReadonlyMap<string, readonly OutboxEntry[]>,
): OutboxEntry[] {
  const version = new Map(acknowledged.map((a) => [recordId(a.collection, a.key), a.version]));
  return [...queued].flatMap(([id, entries]) =>
    version.has(id) ? entries.map((next) => ({ ...next, baseVersion: version.get(id)! })) : [],
  );
}

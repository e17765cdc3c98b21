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

/** Entries found outside `known` beyond this many per wanted record: probing each record is cheaper. */
const EXTRA_PER_RECORD = 1;
/** Keys read in one range, per wanted record, before the range is given up for probes. */
const SPREAD = 4;

/**
 * The queued entries of any of `records`, grouped by record id. `known` holds entries the
 * caller already has (the batch it sent), by seq: only whether they are still queued is read.
 *
 * Per collection, one key-only read of the `[collection+key]` range the records span finds
 * every entry queued for them (record ids sort by creation, so the range is mostly theirs);
 * the few others in it are read to see whose they are. A range holding many others is given
 * up for one probe per record, all requests at once (a multi-key cursor would wait for one
 * IndexedDB round trip per key it skips to). Each probe is a request: 500 of them were a
 * third of a pushed round in Chromium (issue 15's profile).
 *
 * A Dexie promise chain, not an async function: it runs inside callers' transactions, and
 * Dexie follows a transaction through native awaits only so far (two levels of async
 * functions under a scope that is not itself async fall outside it, and the transaction
 * commits early: tests/integration/transaction-scope).
 */
export function queuedEditsOf(
  db: MotiveDatabase,
  records: readonly { collection: SyncCollection; key: string }[],
  known: ReadonlyMap<number, OutboxEntry> = new Map(),
): Promise<Map<string, OutboxEntry[]>> {
  const keysBy = new Map<SyncCollection, Set<string>>();
  for (const r of records) keysBy.set(r.collection, (keysBy.get(r.collection) ?? new Set()).add(r.key));
  return Dexie.Promise.all(
    [...keysBy].map(([collection, keys]) => queuedIn(db, collection, [...keys].sort(), known)),
  ).then((found) => {
    const queued = new Map<string, OutboxEntry[]>();
    for (const entry of found.flat().sort((a, b) => a.seq! - b.seq!)) {
      const id = recordId(entry.collection, entry.key);
      queued.set(id, [...(queued.get(id) ?? []), entry]);
    }
    return queued;
  });
}

/** The queued entries of `keys` (sorted) of one collection. */
function queuedIn(
  db: MotiveDatabase,
  collection: SyncCollection,
  keys: readonly string[],
  known: ReadonlyMap<number, OutboxEntry>,
): Promise<OutboxEntry[]> {
  const wanted = new Set(keys);
  const ours = (entry: OutboxEntry | undefined): entry is OutboxEntry =>
    entry !== undefined && entry.collection === collection && wanted.has(entry.key);
  const cap = keys.length * SPREAD;
  return db.outbox
    .where('[collection+key]')
    .between([collection, keys[0]!], [collection, keys.at(-1)!], true, true)
    .limit(cap)
    .primaryKeys()
    .then((found) => {
      const seqs = found as number[];
      const others = seqs.filter((seq) => !known.has(seq));
      if (seqs.length === cap || others.length > keys.length * EXTRA_PER_RECORD)
        return Dexie.Promise.all(
          keys.map((key) => db.outbox.where('[collection+key]').equals([collection, key]).toArray()),
        ).then((found) => found.flat());
      const stillKnown = seqs.flatMap((seq) => known.get(seq) ?? []).filter(ours);
      if (others.length === 0) return stillKnown;
      return db.outbox.bulkGet(others).then((read) => [...stillKnown, ...read.filter(ours)]);
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

/**
 * Where a record's server version lives. A row carries `serverVersion`; when this device's own
 * change comes back from the server exactly as sent, the acknowledgement is written to a page of
 * the `acknowledgements` table instead of rewriting the whole row (schema v5,
 * lib/db/migrations/v5-acknowledgement-pages.ts; the layout is acknowledgement-pages.ts): one
 * write for a whole response. A record's version is the higher of the two: both only grow, and
 * an acknowledgement is only ever of the content the row holds.
 *
 * Readers: the rows step of a sync response (currentRows), conflict resolution, and the batch
 * about to be pushed (each change's baseVersion is raised to its record's acknowledged
 * version, so an edit made after an ack is based on it though the row's own field is older).
 * Local writes (synced-write.ts) never read this table: their base versions are raised here,
 * at push time, in the one place every change passes through.
 */
import Dexie from 'dexie';
import type { MotiveDatabase, OutboxEntry } from '../db/schema';
import {
  pageKeyOf,
  pagesToRead,
  planAcknowledgements,
  versionIn,
  type Acknowledgement,
  type AcknowledgementPage,
} from './acknowledgement-pages';
import { recordId } from './queued-edits';

/**
 * The acknowledged versions of `ids` (record ids), by id: one key-only read of the page keys,
 * then a read of the pages the ids belong to (none when every id is above every page: a batch
 * of new records). Dexie promise chains, not async functions (they run inside transactions:
 * present-keys.ts).
 */
export function acknowledgedVersions(
  db: MotiveDatabase,
  ids: Iterable<string>,
): Promise<Map<string, number>> {
  const wanted = [...new Set(ids)];
  const versions = new Map<string, number>();
  if (wanted.length === 0) return Dexie.Promise.resolve(versions);
  return pageKeys(db).then((keys) => {
    const byPage = new Map<string, string[]>();
    for (const id of wanted) {
      const key = pageKeyOf(keys, id);
      if (key === undefined) continue;
      // Appended in place: copying the list for each id was quadratic in a batch's ids.
      const ids = byPage.get(key);
      if (ids === undefined) byPage.set(key, [id]);
      else ids.push(id);
    }
    if (byPage.size === 0) return versions;
    return db.acknowledgements.bulkGet([...byPage.keys()]).then((pages) => {
      for (const page of pages) {
        if (page === undefined) continue;
        for (const id of byPage.get(page.last) ?? []) {
          const version = versionIn(page, id);
          if (version !== undefined) versions.set(id, version);
        }
      }
      return versions;
    });
  });
}

/**
 * Records acknowledged versions: a read of the page keys, of the few pages they join (none for
 * a batch of new records), and one write per page changed. Inside the caller's transaction.
 */
export function recordAcknowledgements(db: MotiveDatabase, acks: readonly Acknowledgement[]): Promise<void> {
  if (acks.length === 0) return Dexie.Promise.resolve();
  return pageKeys(db).then((keys) => {
    const toRead = pagesToRead(
      keys,
      acks.map((a) => a.id),
    );
    const read = toRead.length === 0 ? Dexie.Promise.resolve([]) : db.acknowledgements.bulkGet(toRead);
    return read.then((found) => {
      const pages = new Map<string, AcknowledgementPage>();
      for (const page of found) if (page !== undefined) pages.set(page.last, page);
      const write = planAcknowledgements(keys, pages, acks);
      // At once: a key deleted is never one put (planAcknowledgements), so their order is free.
      return Dexie.Promise.all([
        write.deletes.length > 0 ? db.acknowledgements.bulkDelete(write.deletes) : undefined,
        db.acknowledgements.bulkPut(write.puts),
      ]).then(() => undefined);
    });
  });
}

/** Every page key, ascending (one key-only request: a few hundred keys at 100,000 records). */
function pageKeys(db: MotiveDatabase): Promise<string[]> {
  return db.acknowledgements.toCollection().primaryKeys();
}

/** The higher of a row's own server version and the acknowledged one (null: never synced). */
export function newestVersion(
  own: number | null | undefined,
  acknowledged: number | undefined,
): number | null {
  if (acknowledged === undefined) return own ?? null;
  return Math.max(own ?? -1, acknowledged);
}

/**
 * Raises each entry's baseVersion to its record's acknowledged version (in memory: the entry
 * is about to be sent). Entries edited after an acknowledgement were based on the row's own,
 * older field.
 */
export function withAcknowledgedBases<T extends OutboxEntry>(db: MotiveDatabase, entries: T[]): Promise<T[]> {
  return acknowledgedVersions(
    db,
    entries.map((e) => recordId(e.collection, e.key)),
  ).then((versions) => {
    for (const entry of entries) {
      const acked = versions.get(recordId(entry.collection, entry.key));
      if (acked !== undefined) entry.baseVersion = newestVersion(entry.baseVersion, acked);
    }
    return entries;
  });
}

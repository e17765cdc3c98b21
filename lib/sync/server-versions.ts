/**
 * Where a record's server version lives. A row carries `serverVersion`; when this device's own
 * change comes back from the server exactly as sent, the acknowledgement is written to the
 * small `serverVersions` table instead of rewriting the whole row (schema v4,
 * lib/db/migrations/v4-server-versions.ts). A record's version is the higher of the two: both
 * only grow, and an acknowledgement is only ever of the content the row holds.
 *
 * Readers: the rows step of a sync response (currentRows), conflict resolution, and the batch
 * about to be pushed (each change's baseVersion is raised to its record's acknowledged
 * version, so an edit made after an ack is based on it though the row's own field is older).
 * Local writes (synced-write.ts) never read this table: their base versions are raised here,
 * at push time, in the one place every change passes through.
 */
import type { MotiveDatabase, OutboxEntry } from '../db/schema';
import { presentKeys } from './present-keys';
import { recordId } from './queued-edits';

/**
 * The acknowledged versions of `ids` (record ids), by id: one key-only range read of the table
 * (present-keys.ts; often empty: nothing more to read then), then a read of those present.
 * Dexie promise chains, not async functions (they run inside transactions: present-keys.ts).
 */
export function acknowledgedVersions(
  db: MotiveDatabase,
  ids: Iterable<string>,
): Promise<Map<string, number>> {
  return presentKeys(db.serverVersions, [...new Set(ids)]).then((present) =>
    present.length === 0
      ? new Map<string, number>()
      : db.serverVersions
          .bulkGet(present)
          .then(
            (rows) =>
              new Map(rows.flatMap((row) => (row === undefined ? [] : [[row.id, row.version] as const]))),
          ),
  );
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

/**
 * Full backup export and import. Export writes every live record of every synced collection
 * (their wire values: no local bookkeeping) into a versioned file; import validates the
 * whole file first (`parseBackup`), then writes every record in ONE transaction, so a failure
 * part-way leaves the database unchanged. Imported data syncs: through the outbox at once in a
 * profile that has synced, at its first sync otherwise (`backup-deferred-queue.ts`).
 */
import { SYNC_COLLECTIONS, type SyncCollection } from '../domain/vocabulary';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  parseBackup,
  type Backup,
  type BackupData,
  type BackupError,
} from './backup-format';
import { hasEverSynced, recordDeferred, type DeferredIds } from './backup-deferred-queue';
import type { MotiveDatabase, SyncedRow } from './schema';
import { putSyncedMany, toWireValue } from './synced-write';

export type CollectionCounts = Record<SyncCollection, number>;

/** Reads every live record (tombstones are sync bookkeeping, not data) into a backup. */
export async function exportBackup(db: MotiveDatabase, now: Date): Promise<Backup> {
  const tables = SYNC_COLLECTIONS.map((collection) => db.table(collection));
  const data = await db.transaction('r', tables, async () => {
    const entries = await Promise.all(
      SYNC_COLLECTIONS.map(async (collection) => {
        // Through the `deleted` index: one getAll, where a `.filter()` walks a cursor row by row.
        const rows = await db
          .table<Record<string, unknown> & SyncedRow, string>(collection)
          .where('deleted')
          .equals(0)
          .toArray();
        return [collection, rows.map(toWireValue)] as const;
      }),
    );
    return Object.fromEntries(entries) as unknown as BackupData;
  });
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion: db.verno,
    exportedAt: now.toISOString(),
    data,
  };
}

/** The file text: indented JSON, so a person can read and diff a backup. */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** A file name that sorts by date, e.g. "motive-backup-2026-11-22.json". */
export function backupFileName(now: Date): string {
  return `motive-backup-${now.toISOString().slice(0, 10)}.json`;
}

/**
 * Writes a validated backup. Records with an id already present are replaced by the
 * backup's version (a restore wins over local edits); other local records are kept.
 * Every record syncs: an outbox entry now if this profile has synced (or the server knows
 * the record), else at the first sync (see `backup-deferred-queue.ts`).
 */
export async function importBackup(db: MotiveDatabase, backup: Backup, now: Date): Promise<CollectionCounts> {
  const clientTime = now.toISOString();
  const tables = [...SYNC_COLLECTIONS.map((collection) => db.table(collection)), db.outbox, db.syncState];
  return db.transaction('rw', tables, async () => {
    const deferUnsynced = !(await hasEverSynced(db));
    const counts = {} as CollectionCounts;
    const deferred: DeferredIds = {};
    for (const collection of SYNC_COLLECTIONS) {
      const records = backup.data[collection] as ({ id: string } & Record<string, unknown>)[];
      deferred[collection] = await putSyncedMany(db, collection, records, { clientTime, deferUnsynced });
      counts[collection] = records.length;
    }
    if (deferUnsynced) await recordDeferred(db, deferred, clientTime);
    return counts;
  });
}

/**
 * How many of the backup's records already exist (live) here and would be replaced. One
 * key-only read per table through the `deleted` index, not one lookup per backup record.
 */
export async function countReplaced(db: MotiveDatabase, backup: Backup): Promise<number> {
  let replaced = 0;
  for (const collection of SYNC_COLLECTIONS) {
    const live = new Set(
      await db.table<SyncedRow & { id: string }, string>(collection).where('deleted').equals(0).primaryKeys(),
    );
    replaced += backup.data[collection].filter((record) => live.has(record.id)).length;
  }
  return replaced;
}

export type RestoreResult = { ok: true; counts: CollectionCounts } | { ok: false; errors: BackupError[] };

/** Validates a backup file's text and, only if all of it is valid, imports it. */
export async function restoreBackupFile(db: MotiveDatabase, text: string, now: Date): Promise<RestoreResult> {
  const parsed = parseBackup(text, db.verno);
  if (!parsed.ok) return parsed;
  return { ok: true, counts: await importBackup(db, parsed.backup, now) };
}

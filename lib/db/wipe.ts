/**
 * "Delete all local data": empties every table of the local database in one transaction
 * (records, tombstones, the outbox, the page-context cache and the sync state, so the next
 * sync starts from scratch). Nothing is sent anywhere: data already on a sync server stays
 * there. The schema itself is kept, so the extension keeps working with an empty database.
 */
import type { MotiveDatabase } from './schema';

/** Rows held per table, e.g. to tell the user what a wipe will remove. */
export type TableCounts = Record<string, number>;

/** Counts live (not soft-deleted) records of the synced tables plus raw rows of the others. */
export async function countLocalData(db: MotiveDatabase): Promise<TableCounts> {
  const counts: TableCounts = {};
  for (const table of db.tables) {
    counts[table.name] = table.schema.indexes.some((index) => index.name === 'deleted')
      ? await table.where('deleted').equals(0).count()
      : await table.count();
  }
  return counts;
}

/** Clears every table atomically; returns how many rows each held. */
export async function wipeAllData(db: MotiveDatabase): Promise<TableCounts> {
  return db.transaction('rw', db.tables, async () => {
    const removed: TableCounts = {};
    for (const table of db.tables) {
      removed[table.name] = await table.count();
      await table.clear();
    }
    return removed;
  });
}

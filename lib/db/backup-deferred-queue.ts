/**
 * Restoring a backup into a profile that has never synced queues no outbox entry per record:
 * with no server yet, an entry per record doubles the restore's writes (each holds a copy of
 * the record) for nothing. Instead the restored ids are noted once in `syncState`, and the
 * sync engine's first run turns them into outbox entries (`queueDeferredRestore`), from the
 * rows as they are then, so nothing restored is lost to sync and later edits are not undone.
 */
import { SYNC_COLLECTIONS, type SyncCollection } from '../domain/vocabulary';
import { STATE_KEYS } from './sync-state-keys';
import type { MotiveDatabase, OutboxEntry, SyncedRow } from './schema';
import { outboxEntry } from './synced-write';

/** `syncState` key of the restored ids still waiting for their outbox entries. */
export const DEFERRED_RESTORE_KEY = 'deferredRestore';

export type DeferredIds = Partial<Record<SyncCollection, string[]>>;

interface DeferredRestore {
  /** When the (latest) restore happened: the entries' client time. */
  clientTime: string;
  ids: DeferredIds;
}

async function readDeferred(db: MotiveDatabase): Promise<DeferredRestore | undefined> {
  return (await db.syncState.get(DEFERRED_RESTORE_KEY))?.value as DeferredRestore | undefined;
}

/**
 * True once a sync has completed against the current endpoint (the server handed out a
 * cursor; configuring a new endpoint resets it to null).
 */
export async function hasEverSynced(db: MotiveDatabase): Promise<boolean> {
  return ((await db.syncState.get(STATE_KEYS.cursor))?.value ?? null) !== null;
}

/** Adds restored ids to the deferred set; the caller's transaction must include `syncState`. */
export async function recordDeferred(
  db: MotiveDatabase,
  ids: DeferredIds,
  clientTime: string,
): Promise<void> {
  if (!Object.values(ids).some((list) => list.length > 0)) return;
  const held = (await readDeferred(db))?.ids ?? {};
  const merged: DeferredIds = { ...held };
  for (const collection of SYNC_COLLECTIONS) {
    const add = ids[collection] ?? [];
    if (add.length > 0) merged[collection] = [...new Set([...(held[collection] ?? []), ...add])];
  }
  const value: DeferredRestore = { clientTime, ids: merged };
  await db.syncState.put({ key: DEFERRED_RESTORE_KEY, value });
}

/**
 * Queues an outbox entry for every deferred record that is still live and has none yet
 * (a record edited or deleted since the restore already has its own). One transaction:
 * the note of deferred ids is removed only with the entries written. Returns how many.
 */
export async function queueDeferredRestore(db: MotiveDatabase): Promise<number> {
  if ((await readDeferred(db)) === undefined) return 0;
  const tables = [...SYNC_COLLECTIONS.map((c) => db.table(c)), db.outbox, db.syncState];
  return db.transaction('rw', tables, async () => {
    const held = await readDeferred(db);
    if (held === undefined) return 0;
    const queuedKeys = new Set(
      ((await db.outbox.orderBy('[collection+key]').keys()) as unknown as [string, string][]).map(
        ([collection, key]) => `${collection}\u0000${key}`,
      ),
    );
    const entries: OutboxEntry[] = [];
    for (const collection of SYNC_COLLECTIONS) {
      const ids = (held.ids[collection] ?? []).filter((id) => !queuedKeys.has(`${collection}\u0000${id}`));
      const rows = await db
        .table<Record<string, unknown> & SyncedRow & { id: string }, string>(collection)
        .bulkGet(ids);
      for (const row of rows) {
        if (row === undefined || row.deleted === 1) continue;
        entries.push(outboxEntry(collection, row.id, 'put', row.serverVersion, held.clientTime, row));
      }
    }
    await db.outbox.bulkAdd(entries);
    await db.syncState.delete(DEFERRED_RESTORE_KEY);
    return entries.length;
  });
}

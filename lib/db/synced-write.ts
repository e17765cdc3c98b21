/**
 * The one way synced records are written: the row and its outbox entry go in the same
 * transaction, so a crash can never leave a local change that sync does not know about.
 * Sample data is the exception: written locally, never queued (see `isLocalOnly`).
 *
 * The outbox is an append-only log. `baseVersion` is the row's server version at write time;
 * when an earlier entry for the same key is acknowledged, the sync engine rebases the later
 * ones (lib/sync). No fetch or timer may run inside these transactions.
 */
import type { Table } from 'dexie';
import type { SyncCollection } from '../domain/vocabulary';
import { newId } from './ids';
import { localFieldsOf } from './local-fields';
import type { MotiveDatabase, OutboxEntry, SyncedRow } from './schema';

/** Fields that exist only locally and never travel in a sync `value` (see local-fields.ts). */
export const LOCAL_FIELDS = ['serverVersion', 'deleted', 'words', 'nameLower', 'sample'] as const;

export function toWireValue(row: Record<string, unknown>): Record<string, unknown> {
  const value: Record<string, unknown> = { ...row };
  for (const field of LOCAL_FIELDS) delete value[field];
  return value;
}

export interface WriteOptions {
  /** ISO time of the edit, from the injected clock. */
  clientTime: string;
}

/**
 * Puts `value` into `collection` with its local-only index fields (local-fields.ts) and records
 * the outbox entry, atomically.
 */
export async function putSynced(
  db: MotiveDatabase,
  collection: SyncCollection,
  value: { id: string } & Record<string, unknown>,
  options: WriteOptions,
): Promise<void> {
  const table = db.table<Record<string, unknown> & SyncedRow, string>(collection);
  await db.transaction('rw', scope(db, collection, table), async () => {
    const existing = await table.get(value.id);
    const baseVersion = existing?.serverVersion ?? null;
    await table.put({
      ...value,
      ...localFieldsOf(collection, value),
      serverVersion: baseVersion,
      deleted: 0,
    });
    if (await isLocalOnly(db, collection, value)) return;
    await db.outbox.add(outboxEntry(collection, value.id, 'put', baseVersion, options.clientTime, value));
  });
}

/**
 * `putSynced` in bulk for one collection: the rows and one outbox entry per value, in ONE
 * transaction (all or nothing). Same semantics as calling `putSynced` for each value, but
 * with bulk reads and writes, so restoring tens of thousands of records stays fast.
 */
export async function putSyncedMany(
  db: MotiveDatabase,
  collection: SyncCollection,
  values: readonly ({ id: string } & Record<string, unknown>)[],
  options: {
    clientTime: string;
    /**
     * Queue no outbox entry for records the server has never seen; return their ids instead
     * (the caller records them for `queueDeferredRestore`). Records with a server version
     * are still queued at once, so their base version is the one read here.
     */
    deferUnsynced?: boolean;
  },
): Promise<string[]> {
  const table = db.table<Record<string, unknown> & SyncedRow, string>(collection);
  return db.transaction('rw', scope(db, collection, table), async () => {
    const existing = await getPresent(
      table,
      values.map((value) => value.id),
    );
    const base = (i: number) => existing[i]?.serverVersion ?? null;
    await table.bulkPut(
      values.map((value, i) => ({
        ...value,
        ...localFieldsOf(collection, value),
        serverVersion: base(i),
        deleted: 0 as const,
      })),
    );
    // One lookup for the whole batch (not one per record): restores write tens of thousands.
    const sampleAccounts = await sampleAccountIds(db, collection, values);
    const queued = values
      .map((value, i) => ({ value, i }))
      .filter(({ value }) =>
        collection === 'accounts' ? value.isSample !== true : !sampleAccounts.has(value.accountId as string),
      );
    const deferred = options.deferUnsynced === true ? queued.filter(({ i }) => base(i) === null) : [];
    const now = options.deferUnsynced === true ? queued.filter(({ i }) => base(i) !== null) : queued;
    await db.outbox.bulkAdd(
      now.map(({ value, i }) => outboxEntry(collection, value.id, 'put', base(i), options.clientTime, value)),
    );
    return deferred.map(({ value }) => value.id);
  });
}

/**
 * `table.bulkGet(ids)` that asks only for the ids the table holds: Dexie's bulkGet is one
 * IndexedDB request per id, and a restore into an empty (or freshly wiped) profile asked for
 * 25,000 rows that were not there (profiled: the largest part of a restore after the writes).
 * One key-only read of the table finds which ids exist.
 */
export async function getPresent<T>(
  table: Table<T, string>,
  ids: readonly string[],
): Promise<(T | undefined)[]> {
  const held = new Set(await table.toCollection().primaryKeys());
  const present = ids.filter((id) => held.has(id));
  if (present.length === 0) return ids.map(() => undefined);
  const rows = await table.bulkGet(present);
  const byId = new Map(present.map((id, i) => [id, rows[i]]));
  return ids.map((id) => byId.get(id));
}

/** Soft-deletes a record (tombstone kept so the delete syncs) and records the outbox entry. */
export async function deleteSynced(
  db: MotiveDatabase,
  collection: SyncCollection,
  key: string,
  options: WriteOptions,
): Promise<boolean> {
  const table = db.table<Record<string, unknown> & SyncedRow, string>(collection);
  return db.transaction('rw', scope(db, collection, table), async () => {
    const existing = await table.get(key);
    if (existing === undefined || existing.deleted === 1) return false;
    await table.put({ ...existing, deleted: 1, updatedAt: options.clientTime });
    if (await isLocalOnly(db, collection, existing)) return true;
    await db.outbox.add(outboxEntry(collection, key, 'delete', existing.serverVersion, options.clientTime));
    return true;
  });
}

/** Collections whose records belong to an account (`accountId`). */
const ACCOUNT_OWNED: ReadonlySet<SyncCollection> = new Set(['people', 'notes', 'evidence', 'diagnoses']);

/** The tables a write touches: `accounts` only where sample ownership must be looked up. */
function scope(db: MotiveDatabase, collection: SyncCollection, table: Table) {
  return ACCOUNT_OWNED.has(collection) ? [table, db.accounts, db.outbox] : [table, db.outbox];
}

/**
 * The sample account and everything attached to it stay on this machine: it is there to
 * explore Motive, and must never appear in a team's synced workspace. For account-owned
 * collections it reads `accounts`: a caller's enclosing transaction must include that table.
 */
async function isLocalOnly(
  db: MotiveDatabase,
  collection: SyncCollection,
  record: Record<string, unknown>,
): Promise<boolean> {
  if (collection === 'accounts') return record.isSample === true;
  const accountId = record.accountId;
  if (!ACCOUNT_OWNED.has(collection) || typeof accountId !== 'string') return false;
  return (await db.accounts.get(accountId))?.isSample === true;
}

/** The ids of sample accounts among the accounts that `values` belong to (batch form of `isLocalOnly`). */
async function sampleAccountIds(
  db: MotiveDatabase,
  collection: SyncCollection,
  values: readonly Record<string, unknown>[],
): Promise<Set<unknown>> {
  if (!ACCOUNT_OWNED.has(collection)) return new Set();
  const ids = [
    ...new Set(values.map((v) => v.accountId).filter((id): id is string => typeof id === 'string')),
  ];
  const accounts = await db.accounts.bulkGet(ids);
  return new Set(accounts.filter((a) => a?.isSample === true).map((a) => a!.id));
}

export function outboxEntry(
  collection: SyncCollection,
  key: string,
  op: 'put' | 'delete',
  baseVersion: number | null,
  clientTime: string,
  value?: Record<string, unknown>,
): OutboxEntry {
  return {
    mutationId: newId('m'),
    collection,
    key,
    op,
    baseVersion,
    clientTime,
    ...(value === undefined ? {} : { value: toWireValue(value) }),
  };
}

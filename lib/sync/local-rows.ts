/**
 * Reading and writing local rows from server states, without touching the outbox (pulled
 * changes must never be re-queued).
 */
import type { MotiveDatabase, SyncedRow } from '../db/schema';
import { localFieldsOf } from '../db/local-fields';
import { toWireValue } from '../db/synced-write';
import type { SyncCollection } from '../domain/vocabulary';
import type { RecordValue, SideState } from './conflict-resolution';

export type Row = RecordValue & SyncedRow & { id: string };

export const tableOf = (db: MotiveDatabase, collection: SyncCollection) => db.table<Row, string>(collection);

/** The local row as a side of a conflict. */
export function rowState(row: Row | undefined): SideState {
  if (row === undefined) return { op: 'absent' };
  return row.deleted === 1 ? { op: 'delete' } : { op: 'put', value: toWireValue(row) };
}

/**
 * The local row holding a server (or resolved) state at the given server version, or
 * undefined when a delete finds no row to mark. One rule for single and bulk writes.
 */
export function serverStateRow(
  collection: SyncCollection,
  key: string,
  state: SideState,
  version: number | null,
  existing: Row | undefined,
): Row | undefined {
  if (state.op === 'put') {
    const value = state.value;
    return {
      ...value,
      ...localFieldsOf(collection, value),
      id: key,
      serverVersion: version,
      deleted: 0,
    };
  }
  return existing === undefined ? undefined : { ...existing, serverVersion: version, deleted: 1 };
}

/** Writes a server (or resolved) state into the local row with the given server version. */
export async function writeRow(
  db: MotiveDatabase,
  collection: SyncCollection,
  key: string,
  state: SideState,
  version: number | null,
): Promise<void> {
  const table = tableOf(db, collection);
  const existing = state.op === 'put' ? undefined : await table.get(key);
  const row = serverStateRow(collection, key, state, version, existing);
  if (row !== undefined) await table.put(row);
}

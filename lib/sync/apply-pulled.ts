/**
 * Step 2 of applying a sync response: the pulled changes. Written in bulk (one outbox query
 * for pending local edits, one read and one write of rows per collection, one shadow write
 * and delete), with the same outcome as writing them one by one in order: a record pulled
 * twice in a page ends at its last state.
 * Runs inside applyResponse's transaction, after the push results.
 */
import type { MotiveDatabase } from '../db/schema';
import type { SyncCollection } from '../domain/vocabulary';
import { serverStateRow, tableOf, type Row } from './local-rows';
import type { PulledChange } from './protocol';
import { shadowKey, type Shadow } from './sync-state';

const idOf = (collection: string, key: string) => `${collection}\u0000${key}`;

export async function applyPulledChanges(
  db: MotiveDatabase,
  changes: readonly PulledChange[],
): Promise<void> {
  if (changes.length === 0) return;
  const pending = new Set(
    (
      await db.outbox
        .where('[collection+key]')
        .anyOf(changes.map((c) => [c.collection, c.key]))
        .toArray()
    ).map((entry) => idOf(entry.collection, entry.key)),
  );
  const rows = await currentRows(
    db,
    changes.filter((c) => !pending.has(idOf(c.collection, c.key))),
  );
  const shadows: { key: string; value: Shadow }[] = [];
  const written = new Map<string, { collection: SyncCollection; row: Row }>();
  for (const change of changes) {
    const id = idOf(change.collection, change.key);
    const state =
      change.op === 'put' ? { op: 'put' as const, value: change.value ?? {} } : { op: 'delete' as const };
    if (pending.has(id)) {
      // Never clobber a pending local edit: it is pushed and, if stale, resolved.
      shadows.push({
        key: shadowKey(change.collection, change.key),
        value: { version: change.version, state },
      });
      continue;
    }
    const row = rows.get(id);
    if ((row?.serverVersion ?? -1) > change.version) continue; // already newer here
    const next = serverStateRow(change.collection, change.key, state, change.version, row);
    if (next === undefined) continue; // a delete of a record never seen here leaves nothing to mark
    rows.set(id, next);
    written.set(id, { collection: change.collection, row: next });
  }
  if (shadows.length > 0) await db.syncState.bulkPut(shadows);
  for (const [collection, list] of groupBy([...written.values()]))
    await tableOf(db, collection).bulkPut(list.map((w) => w.row));
  const settled = [...written.values()].map((w) => shadowKey(w.collection, w.row.id));
  if (settled.length > 0) await db.syncState.bulkDelete(settled);
}

async function currentRows(db: MotiveDatabase, changes: readonly PulledChange[]): Promise<Map<string, Row>> {
  const rows = new Map<string, Row>();
  const keysBy = new Map<SyncCollection, string[]>();
  for (const c of changes) keysBy.set(c.collection, [...(keysBy.get(c.collection) ?? []), c.key]);
  for (const [collection, keys] of keysBy) {
    const found = await tableOf(db, collection).bulkGet(keys);
    found.forEach((row, i) => {
      if (row !== undefined) rows.set(idOf(collection, keys[i]!), row);
    });
  }
  return rows;
}

function groupBy<T extends { collection: SyncCollection }>(items: readonly T[]): Map<SyncCollection, T[]> {
  const by = new Map<SyncCollection, T[]>();
  for (const item of items) by.set(item.collection, [...(by.get(item.collection) ?? []), item]);
  return by;
}

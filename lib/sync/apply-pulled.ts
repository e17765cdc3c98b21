/**
 * Step 2 of applying a sync response: the rows. Each touched row is read once and written
 * once: acknowledged records get their server version, records no longer pending catch up
 * with a shadow pulled meanwhile, then the pulled changes are written over them, with the same outcome as writing them one by one in order (a record pulled twice
 * in a page ends at its last state). Shadows are settled only where one exists (one key query
 * instead of one delete per pulled record).
 * Runs inside applyResponse's transaction, after the push results.
 */
import type { MotiveDatabase, OutboxEntry } from '../db/schema';
import type { SyncCollection } from '../domain/vocabulary';
import { serverStateRow, tableOf, type Row } from './local-rows';
import type { PulledChange } from './protocol';
import { queuedEditsOf, recordId, type Acknowledged } from './queued-edits';
import { shadowKey, type Shadow } from './sync-state';

export interface PulledContext {
  /** Records of this device the server now holds at a version (their rows are marked). */
  acknowledged?: readonly Acknowledged[];
  /** Records whose change left the outbox without a conflict, and their shadows if any. */
  caughtUp?: readonly { collection: SyncCollection; key: string }[];
  shadows?: ReadonlyMap<string, Shadow>;
  /** Queued outbox entries of the touched records (read here when not given). */
  queued?: ReadonlyMap<string, readonly OutboxEntry[]>;
}

export async function applyPulledChanges(
  db: MotiveDatabase,
  changes: readonly PulledChange[],
  context: PulledContext = {},
): Promise<void> {
  const acknowledged = context.acknowledged ?? [];
  const queued = context.queued ?? (await queuedEditsOf(db, changes));
  const pending = (collection: string, key: string) =>
    (queued.get(recordId(collection, key))?.length ?? 0) > 0;
  const catchingUp = (context.caughtUp ?? []).flatMap((r) => {
    const shadow = context.shadows?.get(shadowKey(r.collection, r.key));
    return shadow === undefined || pending(r.collection, r.key) ? [] : [{ ...r, shadow }];
  });
  if (changes.length === 0 && acknowledged.length === 0 && catchingUp.length === 0) return;
  const rows = await currentRows(db, [
    ...acknowledged,
    ...catchingUp,
    ...changes.filter((c) => !pending(c.collection, c.key)),
  ]);
  const written = new Map<string, { collection: SyncCollection; row: Row }>();
  for (const a of acknowledged) {
    const id = recordId(a.collection, a.key);
    const row = rows.get(id);
    if (row === undefined) continue;
    const marked = { ...row, serverVersion: a.version };
    rows.set(id, marked);
    written.set(id, { collection: a.collection, row: marked });
  }
  const settled = new Set<string>();
  for (const { collection, key, shadow } of catchingUp) {
    // Pulled while this record's change was pending: the row takes it if it is newer (a
    // teammate's later state, or this very change at its version), and the shadow goes.
    const id = recordId(collection, key);
    const row = rows.get(id);
    settled.add(shadowKey(collection, key));
    if ((row?.serverVersion ?? -1) >= shadow.version) continue;
    const next = serverStateRow(collection, key, shadow.state, shadow.version, row);
    if (next === undefined) continue;
    rows.set(id, next);
    written.set(id, { collection, row: next });
  }
  const shadows: { key: string; value: Shadow }[] = [];
  for (const change of changes) {
    const id = recordId(change.collection, change.key);
    const state =
      change.op === 'put' ? { op: 'put' as const, value: change.value ?? {} } : { op: 'delete' as const };
    if (pending(change.collection, change.key)) {
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
    settled.add(shadowKey(change.collection, change.key));
  }
  if (shadows.length > 0) await db.syncState.bulkPut(shadows);
  for (const [collection, list] of groupBy([...written.values()]))
    await tableOf(db, collection).bulkPut(list.map((w) => w.row));
  if (settled.size > 0) await settleShadows(db, settled);
}

/** Deletes the shadows of records now holding their server state, among those that exist. */
async function settleShadows(db: MotiveDatabase, settled: ReadonlySet<string>): Promise<void> {
  const existing = await db.syncState.where('key').startsWith('shadow:').primaryKeys();
  const stale = existing.filter((key) => settled.has(key));
  if (stale.length > 0) await db.syncState.bulkDelete(stale);
}

async function currentRows(
  db: MotiveDatabase,
  records: readonly { collection: SyncCollection; key: string }[],
): Promise<Map<string, Row>> {
  const rows = new Map<string, Row>();
  const keysBy = new Map<SyncCollection, Set<string>>();
  for (const r of records) keysBy.set(r.collection, (keysBy.get(r.collection) ?? new Set()).add(r.key));
  for (const [collection, keySet] of keysBy) {
    const keys = [...keySet];
    const found = await tableOf(db, collection).bulkGet(keys);
    found.forEach((row, i) => {
      if (row !== undefined) rows.set(recordId(collection, keys[i]!), row);
    });
  }
  return rows;
}

function groupBy<T extends { collection: SyncCollection }>(items: readonly T[]): Map<SyncCollection, T[]> {
  const by = new Map<SyncCollection, T[]>();
  for (const item of items) by.set(item.collection, [...(by.get(item.collection) ?? []), item]);
  return by;
}

/**
 * Step 3 of applying a response: this client's open `conflicts` records are resolved.
 * Per record: this device's side is every rejected change of the record plus the local row
 * if it still has pending edits; the server's side is the shadow (or the row, which then
 * holds the server state). The resolution replaces the pending edits with ONE push based on
 * the server version; the conflicts records are deleted only once their text is merged in,
 * or the latest is kept (marked resolved, holding the losing state) when a value could not
 * be merged, so it stays retrievable.
 */
import type { ConflictRow, MotiveDatabase, OutboxEntry } from '../db/schema';
import { toWireValue } from '../db/synced-write';
import type { SyncCollection } from '../domain/vocabulary';
import { resolveConflict, type SideState } from './conflict-resolution';
import { rowState, tableOf, writeRow } from './local-rows';
import { recordId } from './queued-edits';
import { sameJson } from './same-json';
import { acknowledgedVersions, newestVersion } from './server-versions';
import { readState, shadowKey, type Shadow } from './sync-state';

interface Deps {
  queue(entry: OutboxEntry): Promise<void>;
  mutationId(): string;
}

interface Ctx {
  db: MotiveDatabase;
  clientId: string;
  now: () => Date;
}

/**
 * Resolves this client's open conflicts inside the caller's transaction. Its steps are async
 * functions nested a few deep: call it from an async transaction scope (applyResponse's),
 * under which Dexie follows the transaction through native awaits; under a plain scope two
 * levels already fall outside it (tests/integration/transaction-scope).
 */
export async function resolveConflictsOf(ctx: Ctx, deps: Deps): Promise<void> {
  const { db } = ctx;
  const open = await db.conflicts
    .filter((c) => c.deleted === 0 && c.clientId === ctx.clientId && c.resolvedAt === undefined)
    .toArray();
  const groups = new Map<string, ConflictRow[]>();
  for (const c of open) {
    if ((await pending(db, 'conflicts', c.id)).length > 0) continue; // resolution already queued
    const id = `${c.collection}\u0000${c.key}`;
    groups.set(id, [...(groups.get(id) ?? []), c]);
  }
  for (const conflicts of groups.values()) await resolveGroup(ctx, deps, conflicts);
}

/** The row's newest server version: its own field or the acknowledged one (server-versions.ts). */
async function versionOf(
  db: MotiveDatabase,
  collection: SyncCollection,
  key: string,
  row: { serverVersion: number | null } | undefined,
): Promise<number | null> {
  const id = recordId(collection, key);
  const acknowledged = await acknowledgedVersions(db, [id]);
  return newestVersion(row?.serverVersion, acknowledged.get(id));
}

const pending = (db: MotiveDatabase, collection: SyncCollection, key: string) =>
  db.outbox.where('[collection+key]').equals([collection, key]).sortBy('seq');

async function resolveGroup(ctx: Ctx, deps: Deps, conflicts: ConflictRow[]): Promise<void> {
  const { db } = ctx;
  const { collection, key } = conflicts[0]!;
  const ordered = [...conflicts].sort((a, b) => (a.serverVersion ?? 0) - (b.serverVersion ?? 0));
  const latest = ordered.at(-1)!;
  const row = await tableOf(db, collection).get(key);
  const local = await pending(db, collection, key);
  const shadow = await readState<Shadow>(db, shadowKey(collection, key));
  const theirs =
    local.length > 0 || shadow !== undefined
      ? shadow
      : { version: (await versionOf(db, collection, key, row)) ?? 0, state: rowState(row) };
  // The server side must be at least as new as what each conflict was rejected against.
  const needed = Math.max(...conflicts.map((c) => c.currentVersion ?? 0));
  if (theirs === undefined || theirs.version < needed) return; // arrives in a later page

  // This device's side: EVERY rejected change of the group, oldest first, then the pending
  // local edits (the row). Across pages the row may have been replaced by the server's state
  // before the rep wrote again, so neither the latest conflict nor the row is sure to hold
  // the earlier offline text: each is merged in unless a later side already contains it.
  const mine = [...ordered.map(rejectedSide), ...(local.length > 0 ? [rowState(row)] : [])];
  const kept = mine.filter(
    (side, i) => !mine.slice(i + 1).some((later) => contains(collection, later, side)),
  );
  let result = theirs.state;
  let lost: SideState | undefined;
  for (const side of kept) {
    const merged = resolveConflict(collection, side, result);
    result = merged.result;
    lost = merged.lost ?? lost;
  }
  const base = theirs.state.op === 'absent' ? null : theirs.version;
  const at = ctx.now().toISOString();
  await db.outbox.bulkDelete(local.map((e) => e.seq!));
  await writeRow(db, collection, key, result, base);
  if (JSON.stringify(result) !== JSON.stringify(theirs.state) && result.op !== 'absent') {
    await deps.queue({
      mutationId: deps.mutationId(),
      collection,
      key,
      op: result.op,
      ...(result.op === 'put' ? { value: result.value } : {}),
      baseVersion: base,
      clientTime: at,
    });
  }
  await db.syncState.delete(shadowKey(collection, key));
  for (const conflict of conflicts)
    await closeConflict(ctx, deps, conflict, conflict === latest ? lost : undefined, at);
}

const rejectedSide = (c: ConflictRow): SideState =>
  c.op === 'put' ? { op: 'put', value: c.value ?? {} } : { op: 'delete' };

/** Whether merging `side` into `later` changes nothing and loses nothing. */
function contains(collection: SyncCollection, later: SideState, side: SideState): boolean {
  const merged = resolveConflict(collection, later, side);
  return merged.lost === undefined && sameJson(merged.result, later);
}

/** Deletes the conflicts record, or keeps it resolved with the state that lost. */
async function closeConflict(
  ctx: Ctx,
  deps: Deps,
  conflict: ConflictRow,
  lost: SideState | undefined,
  at: string,
) {
  const wire = toWireValue(conflict as unknown as Record<string, unknown>);
  if (lost === undefined || lost.op === 'absent') {
    await ctx.db.conflicts.update(conflict.id, { deleted: 1 });
    await deps.queue(entry(deps, conflict, 'delete', undefined, at));
    return;
  }
  const kept = {
    ...wire,
    op: lost.op,
    value: lost.op === 'put' ? lost.value : undefined,
    resolvedAt: at,
    updatedAt: at,
  };
  if (kept.value === undefined) delete kept.value;
  await ctx.db.conflicts.put({ ...(kept as ConflictRow), serverVersion: conflict.serverVersion, deleted: 0 });
  await deps.queue(entry(deps, conflict, 'put', kept, at));
}

function entry(
  deps: Deps,
  conflict: ConflictRow,
  op: 'put' | 'delete',
  value: object | undefined,
  at: string,
): OutboxEntry {
  return {
    mutationId: deps.mutationId(),
    collection: 'conflicts',
    key: conflict.id,
    op,
    ...(value === undefined ? {} : { value: value as Record<string, unknown> }),
    baseVersion: conflict.serverVersion,
    clientTime: at,
  };
}

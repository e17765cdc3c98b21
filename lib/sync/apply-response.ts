/**
 * Applies one sync response in ONE Dexie transaction (so a killed worker either applied
 * all of it or none of it, and re-sends the same mutation ids):
 *   1. results: acknowledged entries leave the outbox; later edits are rebased;
 *   2. pulled changes: written to rows, except over pending local edits (kept as shadows);
 *   3. this client's conflicts: resolved (conflict-resolution.ts) and queued for push;
 *   4. cursor and last-sync time persisted.
 */
import type { ConflictRow, MotiveDatabase, OutboxEntry } from '../db/schema';
import { newId } from '../db/ids';
import type { SyncCollection } from '../domain/vocabulary';
import { resolveConflictsOf } from './resolve-pending-conflicts';
import { tableOf, writeRow } from './local-rows';
import { toPushedChange, type SentEntry } from './outbox-batch';
import type { ChangeResult, PulledChange, SyncResponse } from './protocol';
import { sameJson } from './same-json';
import { STATE_KEYS, shadowKey, writeState, type Shadow } from './sync-state';

export interface ApplyContext {
  db: MotiveDatabase;
  clientId: string;
  now: () => Date;
  newMutationId?: () => string;
}

export async function applyResponse(
  ctx: ApplyContext,
  sent: SentEntry[],
  response: SyncResponse,
): Promise<void> {
  const { db } = ctx;
  if (response.results.length !== sent.length)
    throw new Error('sync response: one result per change expected');
  await db.transaction('rw', [...Object.keys(db._allTables)], async () => {
    for (const [i, result] of response.results.entries()) {
      await applyResult(ctx, sent[i]!, result, response.changes);
    }
    for (const change of response.changes) await applyPulled(ctx, change);
    await resolveConflictsOf(ctx, {
      queue: (entry) => queue(ctx, entry),
      mutationId: ctx.newMutationId ?? (() => newId('m', ctx.now().getTime())),
    });
    await writeState(db, STATE_KEYS.cursor, response.cursor);
    await writeState(db, STATE_KEYS.lastSyncAt, ctx.now().toISOString());
    await writeState(db, STATE_KEYS.lastError, null);
  });
}

/** Pending outbox entries of one record, oldest first. */
export async function pendingFor(
  db: MotiveDatabase,
  collection: SyncCollection,
  key: string,
): Promise<OutboxEntry[]> {
  return db.outbox.where('[collection+key]').equals([collection, key]).sortBy('seq');
}

async function applyResult(
  ctx: ApplyContext,
  entry: SentEntry,
  result: ChangeResult,
  pulled: PulledChange[],
) {
  const { db } = ctx;
  if (result.mutationId !== entry.mutationId) throw new Error('sync response: results out of order');
  if ((await db.outbox.get(entry.seq)) === undefined) return;
  await db.outbox.delete(entry.seq);
  if (result.status === 'conflict') {
    // The server kept our change as a conflicts record; remember its side for resolution.
    const current = result.current;
    const shadow: Shadow = {
      version: result.version,
      state:
        current === null
          ? { op: 'absent' }
          : current.op === 'put'
            ? { op: 'put', value: current.value ?? {} }
            : { op: 'delete' },
    };
    await writeState(db, shadowKey(entry.collection, entry.key), shadow);
    return;
  }
  if (result.status === 'duplicate') {
    if (await wasConflict(ctx, entry, pulled)) return;
    // A duplicate may stand for a change that was rejected (a server may answer so after a
    // lost response, and its conflicts record may be pages away). Taken as applied, later
    // edits would be rebased onto a teammate's version and overwrite it. Unless the pulled
    // record shows this very change at that version, later edits keep their base: if stale,
    // they conflict and are merged, never overwrite (issue 13, finding 4).
    if (!appliedAsSent(entry, result.version, pulled)) return;
  }
  // Applied (now or earlier): later edits of this record start from its new version.
  const later = await pendingFor(db, entry.collection, entry.key);
  for (const next of later) await db.outbox.update(next.seq, { baseVersion: result.version });
  const row = await tableOf(db, entry.collection).get(entry.key);
  if (row !== undefined)
    await tableOf(db, entry.collection).update(entry.key, { serverVersion: result.version });
}

/** A duplicate of a change that had conflicted: its conflicts record names its mutation id. */
async function wasConflict(ctx: ApplyContext, entry: SentEntry, pulled: PulledChange[]): Promise<boolean> {
  const mine = (v: unknown) => {
    const c = v as Partial<ConflictRow> | undefined;
    return c?.mutationId === entry.mutationId && c.clientId === ctx.clientId;
  };
  if (pulled.some((p) => p.collection === 'conflicts' && mine(p.value))) return true;
  return (await ctx.db.conflicts.filter(mine).count()) > 0;
}

/** Whether this response pulled the record at `version` holding exactly what `entry` sent. */
function appliedAsSent(entry: SentEntry, version: number, pulled: PulledChange[]): boolean {
  const sent = toPushedChange(entry);
  return pulled.some(
    (p) =>
      p.collection === entry.collection &&
      p.key === sent.key &&
      p.version === version &&
      p.op === entry.op &&
      (p.op === 'delete' || sameJson(p.value, sent.value)),
  );
}

async function applyPulled(ctx: ApplyContext, change: PulledChange): Promise<void> {
  const { db } = ctx;
  const state =
    change.op === 'put' ? { op: 'put' as const, value: change.value ?? {} } : { op: 'delete' as const };
  if ((await pendingFor(db, change.collection, change.key)).length > 0) {
    // Never clobber a pending local edit: it is pushed and, if stale, resolved.
    const shadow: Shadow = { version: change.version, state };
    await writeState(db, shadowKey(change.collection, change.key), shadow);
    return;
  }
  const row = await tableOf(db, change.collection).get(change.key);
  if ((row?.serverVersion ?? -1) > change.version) return; // already newer here
  await writeRow(db, change.collection, change.key, state, change.version);
  await db.syncState.delete(shadowKey(change.collection, change.key));
}

async function queue(ctx: ApplyContext, entry: OutboxEntry): Promise<void> {
  await ctx.db.outbox.add(entry);
}

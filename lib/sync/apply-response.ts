/**
 * Applies one sync response in ONE Dexie transaction (so a killed worker either applied
 * all of it or none of it, and re-sends the same mutation ids):
 *   1. results: acknowledged entries leave the outbox; later edits are rebased;
 *   2. rows: acknowledged ones marked with their server version, pulled changes written
 *      (each row read and written once), except over pending local edits (kept as shadows);
 *   3. this client's conflicts: resolved (conflict-resolution.ts) and queued for push;
 *   4. cursor and last-sync time persisted.
 */
import type { MotiveDatabase, OutboxEntry } from '../db/schema';
import { newId } from '../db/ids';
import { applyPulledChanges } from './apply-pulled';
import { applyResults } from './apply-results';
import { queuedEditsOf, rebaseLaterEdits } from './queued-edits';
import { resolveConflictsOf } from './resolve-pending-conflicts';
import type { SentEntry } from './outbox-batch';
import type { SyncResponse } from './protocol';
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
    const shadows = await shadowsOf(db, sent);
    const { acknowledged, caughtUp } = await applyResults(
      db,
      ctx.clientId,
      sent,
      response.results,
      response.changes,
      shadows,
    );
    const queued = await queuedEditsOf(db, [...caughtUp, ...response.changes]);
    await rebaseLaterEdits(db, acknowledged, queued);
    await applyPulledChanges(db, response.changes, { acknowledged, queued, caughtUp, shadows });
    await resolveConflictsOf(ctx, {
      queue: (entry) => queue(ctx, entry),
      mutationId: ctx.newMutationId ?? (() => newId('m', ctx.now().getTime())),
    });
    await writeState(db, STATE_KEYS.cursor, response.cursor);
    await writeState(db, STATE_KEYS.lastSyncAt, ctx.now().toISOString());
    await writeState(db, STATE_KEYS.lastError, null);
  });
}

/** The shadows held for the sent records (a key query, then a read of the few that exist). */
async function shadowsOf(db: MotiveDatabase, sent: readonly SentEntry[]): Promise<Map<string, Shadow>> {
  const existing = new Set(await db.syncState.where('key').startsWith('shadow:').primaryKeys());
  const keys = sent.map((e) => shadowKey(e.collection, e.key)).filter((key) => existing.has(key));
  const rows = keys.length === 0 ? [] : await db.syncState.bulkGet(keys);
  return new Map(rows.flatMap((row) => (row === undefined ? [] : [[row.key, row.value as Shadow] as const])));
}

async function queue(ctx: ApplyContext, entry: OutboxEntry): Promise<void> {
  await ctx.db.outbox.add(entry);
}

/**
 * Applies one sync response in ONE Dexie transaction (so a killed worker either applied
 * all of it or none of it, and re-sends the same mutation ids):
 *   1. results: acknowledged entries leave the outbox; later edits are rebased;
 *   2. rows: acknowledged ones marked with their server version, pulled changes written
 *      (each row read and written once), except over pending local edits (kept as shadows);
 *      a change of ours pulled back exactly as the row holds it writes only its version
 *      (server-versions.ts): the row already holds it;
 *   3. this client's conflicts: resolved (conflict-resolution.ts) and queued for push;
 *   4. cursor and last-sync time persisted.
 * Steps 1 and 2 read everything they need at once, decide in memory and write at once: each
 * awaited IndexedDB request is a round trip to the browser's storage backend, and on a busy
 * machine a dozen of them in a row cost more than the writes themselves (issue 15's profile).
 */
import type { MotiveDatabase, OutboxEntry } from '../db/schema';
import { newId } from '../db/ids';
import { currentRows, decideRows, heldShadows, writeRows } from './apply-pulled';
import { decideResults, deleteSeqs, myConflictIds, queuedSeqs } from './apply-results';
import type { SentEntry } from './outbox-batch';
import type { SyncResponse } from './protocol';
import { queuedEditsOf, rebasedEdits, recordId } from './queued-edits';
import { resolveConflictsOf } from './resolve-pending-conflicts';
import { sameJson } from './same-json';
import { STATE_KEYS, readState, shadowKey } from './sync-state';

export interface ApplyContext {
  db: MotiveDatabase;
  clientId: string;
  now: () => Date;
  newMutationId?: () => string;
}

/**
 * `andThen` runs last in the same transaction and its result is returned: the engine chooses
 * its next batch there, right after the writes that batch must see, without waiting for a
 * commit and a new transaction in between (one round of a push or pull fewer on each).
 */
export async function applyResponse<T = void>(
  ctx: ApplyContext,
  sent: SentEntry[],
  response: SyncResponse,
  andThen?: () => Promise<T>,
): Promise<T | undefined> {
  const { db } = ctx;
  if (response.results.length !== sent.length)
    throw new Error('sync response: one result per change expected');
  const { results, changes } = response;
  const touched = [...sent, ...changes];
  const sentShadows = new Set(sent.map((e) => shadowKey(e.collection, e.key)));
  const pulledBack = pulledOverSent(sent, response);
  // The scope is an async function on purpose: while it runs, Dexie follows the transaction
  // through native awaits however deeply the async steps nest (resolveConflictsOf's). A plain
  // scope would not; the helpers shared with other callers are Dexie promise chains so they
  // hold either way (tests/integration/transaction-scope, in fake-indexeddb and Chromium).
  return db.transaction('rw', [...Object.keys(db._allTables)], async () => {
    const [inRange, queued, held, rows, myConflicts, inflight] = await Promise.all([
      queuedSeqs(db, sent),
      queuedEditsOf(db, touched, new Map(sent.map((e) => [e.seq, e]))),
      heldShadows(db, (key) => sentShadows.has(key)),
      currentRows(
        db,
        touched.filter((r) => !pulledBack.has(recordId(r.collection, r.key))),
      ),
      myConflictIds(db, ctx.clientId, results, changes),
      readState<string[]>(db, STATE_KEYS.inflight),
    ]);
    // Rows pulled back over our own change are written from the pulled value: read only those
    // that are not that simple (a later edit pending, a shadow held, the entry already gone).
    const seqs = new Set(inRange);
    const unsure = [...pulledBack.values()].filter(
      (e) =>
        !seqs.has(e.seq) ||
        queued.get(recordId(e.collection, e.key))?.some((q) => q.seq !== e.seq) === true ||
        held.keys.has(shadowKey(e.collection, e.key)),
    );
    if (unsure.length > 0) for (const [id, row] of await currentRows(db, unsure)) rows.set(id, row);
    const decided = decideResults({
      sent,
      results,
      pulled: changes,
      queued: seqs,
      shadows: held.shadows,
      myConflicts,
    });
    const done = new Set(decided.done);
    const stillQueued = new Map(
      [...queued]
        .map(([id, entries]) => [id, entries.filter((e) => !done.has(e.seq!))] as const)
        .filter(([, entries]) => entries.length > 0),
    );
    const rebased = rebasedEdits(decided.acknowledged, stillQueued);
    const rowsOutcome = decideRows({
      changes,
      acknowledged: decided.acknowledged,
      caughtUp: decided.caughtUp,
      queued: stillQueued,
      shadows: held.shadows,
      rows,
      backAsSent: backAsSent(pulledBack, unsure, response),
    });
    await Promise.all([
      deleteSeqs(db, decided.done, inRange),
      rebased.length > 0 ? db.outbox.bulkPut(rebased) : undefined,
      writeRows(db, rowsOutcome, held.keys, decided.conflictShadows),
      db.syncState.bulkPut([
        // Answered changes are no longer in flight: the next batch need not look them up.
        { key: STATE_KEYS.inflight, value: stillInFlight(inflight, sent, decided.done) },
        { key: STATE_KEYS.cursor, value: response.cursor },
        { key: STATE_KEYS.lastSyncAt, value: ctx.now().toISOString() },
        { key: STATE_KEYS.lastError, value: null },
      ]),
    ]);
    await resolveConflictsOf(ctx, {
      queue: (entry) => queue(ctx, entry),
      mutationId: ctx.newMutationId ?? (() => newId('m', ctx.now().getTime())),
    });
    return andThen?.();
  });
}

/** The mutation ids marked in flight, less those of the answered entries now leaving the outbox. */
function stillInFlight(
  inflight: readonly string[] | undefined,
  sent: readonly SentEntry[],
  done: readonly number[],
) {
  const doneSeqs = new Set(done);
  const answered = new Set(sent.filter((e) => doneSeqs.has(e.seq)).map((e) => e.mutationId));
  return (inflight ?? []).filter((id) => !answered.has(id));
}

/**
 * The sent changes the server applied and this page pulls back as puts at or after their
 * version: their rows end as the pulled value whatever they held (each sent record has at most
 * one entry in a batch, and a row with a pending entry never holds a newer server version).
 */
function pulledOverSent(sent: readonly SentEntry[], response: SyncResponse): Map<string, SentEntry> {
  const pulledPut = new Map<string, number>();
  for (const c of response.changes)
    if (c.op === 'put') pulledPut.set(recordId(c.collection, c.key), c.version);
  const over = new Map<string, SentEntry>();
  response.results.forEach((result, i) => {
    const entry = sent[i]!;
    const id = recordId(entry.collection, entry.key);
    const version = pulledPut.get(id);
    if (result.status === 'applied' && version !== undefined && version >= result.version)
      over.set(id, entry);
  });
  return over;
}

/**
 * The records pulled back over our own change (pulledOverSent), not among the `unsure` ones,
 * at the very version the change got and holding exactly the value sent: the row holds that
 * value already (it is the newest queued entry of a record with no other entry and no
 * shadow), so only the version needs recording. A value the wire repaired, or one the
 * server changed, is written as usual.
 */
function backAsSent(
  pulledBack: ReadonlyMap<string, SentEntry>,
  unsure: readonly SentEntry[],
  response: SyncResponse,
): Map<string, number> {
  const version = new Map<string, number>();
  response.results.forEach((r) => {
    if (r.status === 'applied') version.set(r.mutationId, r.version);
  });
  const doubtful = new Set(unsure);
  const back = new Map<string, number>();
  for (const change of response.changes) {
    const id = recordId(change.collection, change.key);
    const entry = pulledBack.get(id);
    if (entry === undefined || doubtful.has(entry) || entry.op !== 'put' || change.op !== 'put') continue;
    if (version.get(entry.mutationId) === change.version && sameJson(change.value, entry.value))
      back.set(id, change.version);
  }
  return back;
}

async function queue(ctx: ApplyContext, entry: OutboxEntry): Promise<void> {
  await ctx.db.outbox.add(entry);
}

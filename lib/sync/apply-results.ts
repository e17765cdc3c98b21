/**
 * Step 1 of applying a sync response: the push results. Reads and writes in bulk (one read of
 * the sent outbox entries, one delete, one shadow write), because a 500-change push answered
 * one IndexedDB request at a time spent most of its time waiting on acknowledgements (issue
 * 15's profile). Returns the records now known at a server version: their later edits are
 * rebased and their rows marked with the pulled changes (queued-edits.ts, apply-pulled.ts),
 * so each row is read and written once per response.
 * Runs inside applyResponse's transaction.
 */
import type { ConflictRow, MotiveDatabase } from '../db/schema';
import type { SyncCollection } from '../domain/vocabulary';
import { toPushedChange, type SentEntry } from './outbox-batch';
import type { ChangeResult, PulledChange } from './protocol';
import type { Acknowledged } from './queued-edits';
import { sameJson } from './same-json';
import { shadowKey, type Shadow } from './sync-state';

/** What the results did, for the rows step (apply-pulled.ts). */
export interface ResultsOutcome {
  /** Changes the server holds as sent, at these versions: their rows are marked. */
  acknowledged: Acknowledged[];
  /**
   * Records whose change left the outbox without a conflict: a shadow pulled while it was
   * pending is settled (the row catches up with it if it is newer).
   */
  caughtUp: { collection: SyncCollection; key: string }[];
}

export async function applyResults(
  db: MotiveDatabase,
  clientId: string,
  sent: readonly SentEntry[],
  results: readonly ChangeResult[],
  pulled: readonly PulledChange[],
  shadowsOfSent: ReadonlyMap<string, Shadow> = new Map(),
): Promise<ResultsOutcome> {
  results.forEach((result, i) => {
    if (result.mutationId !== sent[i]!.mutationId) throw new Error('sync response: results out of order');
  });
  const queuedInRange = await queuedSeqs(db, sent);
  const stillQueued = new Set(queuedInRange);
  const isMyConflict = await myConflicts(db, clientId, results, pulled);
  const done: number[] = [];
  const shadows: { key: string; value: Shadow }[] = [];
  const acknowledged: Acknowledged[] = [];
  const caughtUp: ResultsOutcome['caughtUp'] = [];
  for (const [i, result] of results.entries()) {
    const entry = sent[i]!;
    // Already gone: a previous, interrupted application of this very response handled it.
    if (!stillQueued.has(entry.seq)) continue;
    done.push(entry.seq);
    if (result.status === 'conflict') {
      // The server kept our change as a conflicts record; remember its side for resolution.
      shadows.push({ key: shadowKey(entry.collection, entry.key), value: conflictShadow(result) });
      continue;
    }
    if (result.status === 'duplicate') {
      if (isMyConflict(entry.mutationId)) continue;
      caughtUp.push(entry);
      // A duplicate may stand for a change that was rejected (a server may answer so after a
      // lost response, and its conflicts record may be pages away). Taken as applied, later
      // edits would be rebased onto a teammate's version and overwrite it. Unless the pulled
      // record (in this page, or in an earlier one while the change was pending: its shadow)
      // shows this very change at that version, later edits keep their base: if stale, they
      // conflict and are merged, never overwrite (issue 13, finding 4).
      const shadow = shadowsOfSent.get(shadowKey(entry.collection, entry.key));
      if (!appliedAsSent(entry, result.version, pulled) && !shadowShowsSent(entry, result.version, shadow))
        continue;
    } else caughtUp.push(entry);
    acknowledged.push({ collection: entry.collection, key: entry.key, version: result.version });
  }
  await deleteSeqs(db, done, queuedInRange);
  if (shadows.length > 0) await db.syncState.bulkPut(shadows);
  return { acknowledged, caughtUp };
}

/**
 * The outbox keys between the lowest and highest sent seq, ascending: one key-only request
 * (a batch comes from the head of the outbox, so the range holds little else).
 */
async function queuedSeqs(db: MotiveDatabase, sent: readonly SentEntry[]): Promise<number[]> {
  if (sent.length === 0) return [];
  const seqs = sent.map((entry) => entry.seq);
  return (await db.outbox
    .where('seq')
    .between(Math.min(...seqs), Math.max(...seqs), true, true)
    .primaryKeys()) as number[];
}

/**
 * Deletes outbox entries by runs of consecutive queued keys (one range delete each) instead
 * of one request per entry; isolated entries go in one bulk delete.
 */
async function deleteSeqs(
  db: MotiveDatabase,
  done: readonly number[],
  queuedInRange: readonly number[],
): Promise<void> {
  const doomed = new Set(done);
  const singles: number[] = [];
  let run: number[] = [];
  const flush = async () => {
    if (run.length > 2) await db.outbox.where('seq').between(run[0]!, run.at(-1)!, true, true).delete();
    else singles.push(...run);
    run = [];
  };
  for (const seq of queuedInRange) {
    if (doomed.has(seq)) run.push(seq);
    else await flush();
  }
  await flush();
  if (singles.length > 0) await db.outbox.bulkDelete(singles);
}

function conflictShadow(result: Extract<ChangeResult, { status: 'conflict' }>): Shadow {
  const current = result.current;
  return {
    version: result.version,
    state:
      current === null
        ? { op: 'absent' }
        : current.op === 'put'
          ? { op: 'put', value: current.value ?? {} }
          : { op: 'delete' },
  };
}

/**
 * Whether a duplicate stands for a change of ours that had conflicted: its conflicts record
 * names its mutation id. The local conflicts are read once per response, not per duplicate.
 */
async function myConflicts(
  db: MotiveDatabase,
  clientId: string,
  results: readonly ChangeResult[],
  pulled: readonly PulledChange[],
): Promise<(mutationId: string) => boolean> {
  if (!results.some((r) => r.status === 'duplicate')) return () => false;
  const mineId = (v: unknown): string | undefined => {
    const c = v as Partial<ConflictRow> | undefined;
    return c?.clientId === clientId && typeof c.mutationId === 'string' ? c.mutationId : undefined;
  };
  const ids = new Set<string>();
  for (const p of pulled) {
    const id = p.collection === 'conflicts' ? mineId(p.value) : undefined;
    if (id !== undefined) ids.add(id);
  }
  for (const c of await db.conflicts.filter((c) => mineId(c) !== undefined).toArray()) ids.add(c.mutationId);
  return (mutationId) => ids.has(mutationId);
}

/** Whether a shadow pulled earlier holds the record at `version` exactly as `entry` sent it. */
function shadowShowsSent(entry: SentEntry, version: number, shadow: Shadow | undefined): boolean {
  if (shadow === undefined || shadow.version !== version || shadow.state.op !== entry.op) return false;
  return shadow.state.op === 'delete' || sameJson(shadow.state.value, toPushedChange(entry).value);
}

/** Whether this response pulled the record at `version` holding exactly what `entry` sent. */
function appliedAsSent(entry: SentEntry, version: number, pulled: readonly PulledChange[]): boolean {
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

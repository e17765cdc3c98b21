/**
 * Step 1 of applying a sync response: the push results, decided in memory from what
 * applyResponse read at once (the outbox keys in the sent range, the shadows of the sent
 * records, this client's conflicts). Returns the outbox entries to delete, the conflict
 * shadows to keep, and the records now known at a server version: their later edits are
 * rebased and their rows marked with the pulled changes (queued-edits.ts, apply-pulled.ts).
 * Every awaited IndexedDB request is a round trip to the browser's storage backend; on a busy
 * machine those waits, not the data, were most of a push (issue 15's profile).
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

export interface ResultsOutcome {
  /** Outbox entries answered (they leave the outbox). */
  done: number[];
  /** Shadows of conflicted changes: the server's side, for the resolution. */
  conflictShadows: { key: string; value: Shadow }[];
  /** Changes the server holds as sent, at these versions: their rows are marked. */
  acknowledged: Acknowledged[];
  /**
   * Records whose change left the outbox without a conflict: a shadow pulled while it was
   * pending is settled (the row catches up with it if it is newer).
   */
  caughtUp: { collection: SyncCollection; key: string }[];
}

export interface ResultsInput {
  sent: readonly SentEntry[];
  results: readonly ChangeResult[];
  pulled: readonly PulledChange[];
  /** Outbox keys still queued (an earlier, interrupted application may have removed some). */
  queued: ReadonlySet<number>;
  /** Shadows held for the sent records. */
  shadows: ReadonlyMap<string, Shadow>;
  /** Mutation ids of this client that the server kept as conflicts records. */
  myConflicts: ReadonlySet<string>;
}

export function decideResults(input: ResultsInput): ResultsOutcome {
  const { sent, results, pulled } = input;
  results.forEach((result, i) => {
    if (result.mutationId !== sent[i]!.mutationId) throw new Error('sync response: results out of order');
  });
  const outcome: ResultsOutcome = { done: [], conflictShadows: [], acknowledged: [], caughtUp: [] };
  for (const [i, result] of results.entries()) {
    const entry = sent[i]!;
    // Already gone: a previous, interrupted application of this very response handled it.
    if (!input.queued.has(entry.seq)) continue;
    outcome.done.push(entry.seq);
    if (result.status === 'conflict') {
      // The server kept our change as a conflicts record; remember its side for resolution.
      outcome.conflictShadows.push({
        key: shadowKey(entry.collection, entry.key),
        value: conflictShadow(result),
      });
      continue;
    }
    if (result.status === 'duplicate') {
      if (input.myConflicts.has(entry.mutationId)) continue;
      outcome.caughtUp.push(entry);
      // A duplicate may stand for a change that was rejected (a server may answer so after a
      // lost response, and its conflicts record may be pages away). Taken as applied, later
      // edits would be rebased onto a teammate's version and overwrite it. Unless the pulled
      // record (in this page, or in an earlier one while the change was pending: its shadow)
      // shows this very change at that version, later edits keep their base: if stale, they
      // conflict and are merged, never overwrite (issue 13, finding 4).
      const shadow = input.shadows.get(shadowKey(entry.collection, entry.key));
      if (!appliedAsSent(entry, result.version, pulled) && !shadowShowsSent(entry, result.version, shadow))
        continue;
    } else outcome.caughtUp.push(entry);
    outcome.acknowledged.push({ collection: entry.collection, key: entry.key, version: result.version });
  }
  return outcome;
}

/**
 * The outbox keys between the lowest and highest sent seq, ascending: one key-only request
 * (a batch comes from the head of the outbox, so the range holds little else).
 */
export async function queuedSeqs(db: MotiveDatabase, sent: readonly SentEntry[]): Promise<number[]> {
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
export async function deleteSeqs(
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
 * The mutation ids of this client's changes that had conflicted (their conflicts records, local
 * or pulled now), read only when a duplicate needs telling apart.
 */
export async function myConflictIds(
  db: MotiveDatabase,
  clientId: string,
  results: readonly ChangeResult[],
  pulled: readonly PulledChange[],
): Promise<Set<string>> {
  const ids = new Set<string>();
  if (!results.some((r) => r.status === 'duplicate')) return ids;
  const mineId = (v: unknown): string | undefined => {
    const c = v as Partial<ConflictRow> | undefined;
    return c?.clientId === clientId && typeof c.mutationId === 'string' ? c.mutationId : undefined;
  };
  for (const p of pulled) {
    const id = p.collection === 'conflicts' ? mineId(p.value) : undefined;
    if (id !== undefined) ids.add(id);
  }
  for (const c of await db.conflicts.filter((c) => mineId(c) !== undefined).toArray()) ids.add(c.mutationId);
  return ids;
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

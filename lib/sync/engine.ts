/**
 * The sync engine: push the outbox and pull in one request, until the server has nothing
 * more and nothing sendable is left (bounded rounds). Transport and clock are injected;
 * every step is resumable from IndexedDB. No single change can jam a profile: a request the
 * server refuses because of one change (400 naming it, or 413) is narrowed down to that
 * change, which is kept, reported and skipped while the rest flows (refusals.ts).
 */
import { queueDeferredRestore } from '../db/backup-deferred-queue';
import type { MotiveDatabase } from '../db/schema';
import { pulledPutRow } from './apply-pulled';
import { applyResponse } from './apply-response';
import {
  DEFAULT_BATCH_LIMITS,
  prepareBatch,
  type Batch,
  toPushedChange,
  type BatchLimits,
  type SentEntry,
} from './outbox-batch';
import type { SyncResponse } from './protocol';
import { recordId } from './queued-edits';
import { refusalOf } from './refusal-of';
import type { RunProgress } from './scheduler';
import { describeRefusals, pruneRefusals, recordRefusal } from './refusals';
import { STATE_KEYS, ensureClientId, readState, writeState } from './sync-state';
import { SyncHttpError, postSync, type Endpoint, type FetchLike } from './transport';

export interface EngineDeps {
  db: MotiveDatabase;
  fetch: FetchLike;
  now: () => Date;
  /** Random hex for the client id (tests pass a seeded one). */
  randomId?: () => string;
  /** Mutation ids for resolutions (tests pass a seeded one). */
  newMutationId?: () => string;
  /** Rounds per sync before giving the queue back to the scheduler. */
  maxRounds?: number;
  /** Batch limits (tests use small ones). */
  batchLimits?: BatchLimits;
}

export interface SyncRunResult {
  rounds: number;
  pushed: number;
  pulled: number;
  /** Nothing left to send and nothing more to pull (false: it stopped at maxRounds). */
  settled: boolean;
}

export function createSyncEngine(deps: EngineDeps) {
  const { db } = deps;
  const randomId = deps.randomId ?? (() => crypto.randomUUID().replaceAll('-', ''));
  return {
    clientId: () => ensureClientId(db, randomId),
    /** One full sync. Throws SyncHttpError (recorded as `lastError`) on failure. */
    async run(endpoint: Endpoint, progress?: RunProgress): Promise<SyncRunResult> {
      // At once (each is a storage round trip; they touch different keys). Records restored
      // before this profile ever synced get their outbox entries now, before the first batch.
      const [clientId] = await Promise.all([ensureClientId(db, randomId), queueDeferredRestore(db)]);
      const total: SyncRunResult = { rounds: 0, pushed: 0, pulled: 0, settled: false };
      let limits = deps.batchLimits ?? DEFAULT_BATCH_LIMITS;
      let cursorReset = false;
      try {
        let more = true;
        let blocked = 0;
        // A response received and not yet applied: it is applied while the next request is in
        // flight (the server's work and IndexedDB's overlap), and always before the engine
        // acts on that request's outcome.
        let received: Received | undefined;
        // The next batch, chosen while the previous request was in flight (its records held out).
        let prepared: Batch | undefined;
        const apply = <T>(r: Received, andThen?: () => Promise<T>) =>
          applyResponse(
            { db, clientId, now: deps.now, newMutationId: deps.newMutationId },
            r.sent,
            r.response,
            andThen,
          );
        // Rounds send requests; one more looks whether the run settled, so a run that used
        // all its rounds on exactly its work still reports that nothing is left.
        for (let round = 0; ; round++) {
          // Read while the batch is chosen: a request with no response before it (the first)
          // starts from the stored cursor.
          const storedCursor = received === undefined ? readState<string>(db, STATE_KEYS.cursor) : undefined;
          storedCursor?.catch(() => undefined); // awaited below; a failure surfaces there
          let sent = prepared ?? (await prepareBatch(db, limits, deps.now(), received?.sent));
          prepared = undefined;
          if (received !== undefined && sent.length === 0 && !received.response.more) {
            // Nothing to overlap with: apply, then look again (its later edits are now sendable).
            await apply(received);
            received = undefined;
            sent = await prepareBatch(db, limits, deps.now());
          }
          blocked = sent.blocked.length;
          // The first round always runs (it pulls); later ones only while there is work.
          if (round > 0 && sent.length === 0 && !more) {
            total.settled = true;
            break;
          }
          if (round === (deps.maxRounds ?? 20)) break;
          const cursor =
            received?.response.cursor ??
            (await (storedCursor ?? readState<string>(db, STATE_KEYS.cursor))) ??
            null;
          const request = postSync(deps.fetch, endpoint, {
            clientId,
            cursor,
            changes: sent.map(toPushedChange),
          }).then((response) => withPulledRows(response, sent));
          progress?.requestSent();
          // While the server works, the previous response is applied and then the next batch
          // chosen, holding out this request's records (its response will rebase their later
          // edits): a round costs the longer of the two, not their sum. Both are ONE IndexedDB
          // transaction: the batch is chosen right after the writes it must see, with no commit
          // and no new transaction between them (issue 15's profile). A batch prepared for
          // nothing (this request failed, or its response must be applied first) is dropped: its
          // entries stay marked in flight, so they are re-sent as they are, which is always safe.
          const choose = () => prepareBatch(db, limits, deps.now(), sent);
          const applying = received !== undefined;
          const preparing = received === undefined ? choose() : apply(received, choose);
          received = undefined;
          const [answered, next] = await Promise.allSettled([request, preparing]);
          // The response could not be applied (or the batch after it chosen: one transaction).
          if (applying && next.status === 'rejected') throw next.reason;
          if (answered.status === 'rejected') {
            const error: unknown = answered.reason;
            const refusal = refusalOf(error, sent.length);
            if (refusal === null) throw error;
            if (refusal.kind === 'cursor' && !cursorReset) {
              // The server never issued this cursor (restored or replaced): pull from the start.
              cursorReset = true;
              await writeState(db, STATE_KEYS.cursor, null);
            } else if (refusal.kind === 'change') {
              await refuse(sent[refusal.index]!, error as SyncHttpError);
              limits = deps.batchLimits ?? DEFAULT_BATCH_LIMITS; // the culprit is out: full batches again
            } else if (refusal.kind === 'narrow') {
              limits = { count: Math.ceil(sent.length / 2), bytes: limits.bytes };
            } else throw error;
            continue;
          }
          const response = answered.value;
          total.rounds++;
          total.pushed += sent.length;
          total.pulled += response.changes.length;
          more = response.more;
          received = { sent, response };
          // Conflicts are resolved with no request in flight, as if the engine ran one step at a time.
          if (!overlappable(response)) {
            await apply(received);
            received = undefined;
          } else if (next.status === 'rejected') throw next.reason;
          else prepared = next.value;
        }
        if (received !== undefined) await apply(received);
        const refused = await pruneRefusals(db);
        const problems = [
          ...(blocked > 0 ? [`${blocked} local change(s) are not valid records and wait unsent`] : []),
          ...(refused.length > 0 ? [describeRefusals(refused)] : []),
        ];
        if (problems.length > 0) await writeState(db, STATE_KEYS.lastError, problems.join('; '));
        return total;
      } catch (error) {
        await writeState(db, STATE_KEYS.lastError, describeError(error));
        throw error;
      }
    },
  };

  async function refuse(entry: Parameters<typeof recordRefusal>[1], error: SyncHttpError) {
    await recordRefusal(db, entry, error.status, error.message, deps.now());
    // It was refused whole, so it is not on the server: a newer edit may replace it.
    const inflight = (await readState<string[]>(db, STATE_KEYS.inflight)) ?? [];
    await writeState(
      db,
      STATE_KEYS.inflight,
      inflight.filter((id) => id !== entry.mutationId),
    );
  }
}
export type SyncEngine = ReturnType<typeof createSyncEngine>;

interface Received {
  sent: SentEntry[];
  response: SyncResponse;
}

/**
 * Computes the rows of a response's pulled puts as it arrives: usually while the previous
 * response's writes are under way, so applying it starts writing sooner (pulledPutRow). Not
 * for the records this request sent: they come back as sent and keep their rows (only their
 * version is recorded), so those rows would be built for nothing (500 a pushed batch).
 */
function withPulledRows(response: SyncResponse, sent: readonly SentEntry[]): SyncResponse {
  const ours = new Set(sent.map((e) => recordId(e.collection, e.key)));
  for (const change of response.changes)
    if (change.op === 'put' && !ours.has(recordId(change.collection, change.key))) pulledPutRow(change);
  return response;
}

/** Whether a response can be applied while the next request is in flight: no conflict in it. */
function overlappable(response: SyncResponse): boolean {
  return (
    response.results.every((r) => r.status !== 'conflict') &&
    response.changes.every((c) => c.collection !== 'conflicts')
  );
}

export function describeError(error: unknown): string {
  if (error instanceof SyncHttpError) {
    if (error.status === 401) return 'the server refused the token; check it in Motive settings';
    if (error.status === 0) return `offline or unreachable (${error.message})`;
    return `the server answered ${error.status} ${error.code}: ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * The sync engine: push the outbox and pull in one request, until the server has nothing
 * more and nothing sendable is left (bounded rounds). Transport and clock are injected;
 * every step is resumable from IndexedDB.
 */
import { queueDeferredRestore } from '../db/backup-deferred-queue';
import type { MotiveDatabase } from '../db/schema';
import { applyResponse } from './apply-response';
import { prepareBatch, toPushedChange } from './outbox-batch';
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
}

export interface SyncRunResult {
  rounds: number;
  pushed: number;
  pulled: number;
}

export function createSyncEngine(deps: EngineDeps) {
  const { db } = deps;
  const randomId = deps.randomId ?? (() => crypto.randomUUID().replaceAll('-', ''));
  return {
    clientId: () => ensureClientId(db, randomId),
    /** One full sync. Throws SyncHttpError (recorded as `lastError`) on failure. */
    async run(endpoint: Endpoint): Promise<SyncRunResult> {
      const clientId = await ensureClientId(db, randomId);
      // Records restored before this profile ever synced get their outbox entries now.
      await queueDeferredRestore(db);
      const total: SyncRunResult = { rounds: 0, pushed: 0, pulled: 0 };
      try {
        let more = true;
        let blocked = 0;
        for (let round = 0; round < (deps.maxRounds ?? 20); round++) {
          const sent = await prepareBatch(db);
          blocked = sent.blocked.length;
          // The first round always runs (it pulls); later ones only while there is work.
          if (round > 0 && sent.length === 0 && !more) break;
          const cursor = (await readState<string>(db, STATE_KEYS.cursor)) ?? null;
          const response = await postSync(deps.fetch, endpoint, {
            clientId,
            cursor,
            changes: sent.map(toPushedChange),
          });
          await applyResponse(
            { db, clientId, now: deps.now, newMutationId: deps.newMutationId },
            sent,
            response,
          );
          total.rounds++;
          total.pushed += sent.length;
          total.pulled += response.changes.length;
          more = response.more;
        }
        if (blocked > 0) {
          await writeState(
            db,
            STATE_KEYS.lastError,
            `${blocked} local change(s) are not valid records and wait unsent`,
          );
        }
        return total;
      } catch (error) {
        await writeState(db, STATE_KEYS.lastError, describeError(error));
        throw error;
      }
    },
  };
}
export type SyncEngine = ReturnType<typeof createSyncEngine>;

export function describeError(error: unknown): string {
  if (error instanceof SyncHttpError) {
    if (error.status === 401) return 'the server refused the token; check it in Motive settings';
    if (error.status === 0) return `offline or unreachable (${error.message})`;
    return `the server answered ${error.status} ${error.code}: ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * POST /v1/sync, after validation: push and pull in ONE statement, the push its own
 * transaction (guarantee 2), the pull after its commit when much waits; a pull alone is one
 * statement too. Version assignment is serialised per workspace by locking its row, so
 * several server instances can share one PostgreSQL: see sync-statements.ts and
 * server/store/push-functions.ts; while one push of a workspace runs, the next ones wait
 * in this instance instead of at that lock, and then go together as one statement
 * (workspace-batches.ts, server/store/push-batch.ts). The answer is the response body as
 * JSON text, assembled around the JSON the database built.
 */
import { MAX_CHANGES, encodeCursor } from '../../lib/sync/protocol';
import type { SqlStore } from '../store/sql-store';
import { invalid } from '../http/errors';
import type { TokenIdentity } from '../tokens';
import { CURSOR_AHEAD, pull, pushBatch, type BatchedPush, type Pulled, type Pushed } from './sync-statements';
import type { ValidRequest } from './validate-request';
import { workspaceBatches, type WorkspaceBatches } from './workspace-batches';

/** The pushes of each workspace that wait, sent together (workspace-batches.ts). */
export type PushQueue = WorkspaceBatches<BatchedPush, Pushed>;

/** A batch holds at most as many changes as one request may (its pushes' JSON goes as one parameter). */
export function pushQueue(store: SqlStore, now: () => Date): PushQueue {
  return workspaceBatches((workspace, pushes) => pushBatch(store, workspace, pushes, now().toISOString()), {
    weigh: (push) => push.request.changes.length,
    maxWeight: MAX_CHANGES,
  });
}

export async function applySync(
  store: SqlStore,
  who: TokenIdentity,
  request: ValidRequest,
  pushes: PushQueue,
): Promise<string> {
  if (request.changes.length === 0) {
    // A pull alone writes nothing: one statement, no lock.
    const pulled = await pull(store, who.workspace, request.after);
    refuseCursorAhead(request.after, pulled.head);
    return body('[]', pulled, request.after);
  }
  try {
    const pushed = await pushes.run(who.workspace, { userId: who.userId, request });
    return body(pushed.results, pushed.pulled, request.after);
  } catch (error) {
    if ((error as { code?: string }).code === CURSOR_AHEAD) {
      refuseCursorAhead(request.after, Number((error as { detail?: string }).detail));
    }
    throw error;
  }
}

/**
 * A cursor this workspace never issued (a restored database, another workspace's cursor) is
 * refused, so the client starts again from null instead of missing changes.
 */
function refuseCursorAhead(after: number, head: number): void {
  if (after > head) {
    throw invalid(
      `cursor: ahead of this workspace (its latest version is ${head}); sync again with cursor null`,
    );
  }
}

/** Everything after the cursor, oldest first, including this request's own changes. */
function body(results: string, pulled: Pulled, after: number): string {
  const cursor = encodeCursor(pulled.lastVersion ?? after);
  return `{"results":${results},"changes":${pulled.changes},"cursor":"${cursor}","more":${pulled.more}}`;
}

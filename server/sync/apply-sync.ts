/**
 * POST /v1/sync, after validation: push then pull, in ONE transaction per request
 * (guarantee 2). Version assignment is serialised per workspace by locking its row, so
 * several server instances can share one PostgreSQL. A push costs four round trips whatever
 * its size (BEGIN, lock and read, write and pull, COMMIT) and a pull alone costs one: see
 * sync-statements.ts.
 */
import type { ChangeResult, PulledChange } from '../../lib/sync/protocol';
import { PULL_LIMIT, encodeCursor } from '../../lib/sync/protocol';
import type { SqlStore } from '../store/sql-store';
import { invalid } from '../http/errors';
import type { TokenIdentity } from '../tokens';
import { decideChanges } from './decide-changes';
import { lockAndRead, pull, writeAndPull, type RecordRow } from './sync-statements';
import type { ValidRequest } from './validate-request';

export interface SyncOutcome {
  results: ChangeResult[];
  changes: PulledChange[];
  cursor: string;
  more: boolean;
}

export async function applySync(
  store: SqlStore,
  who: TokenIdentity,
  request: ValidRequest,
  now: () => Date,
): Promise<SyncOutcome> {
  if (request.changes.length === 0) {
    // A pull alone writes nothing: one statement, no transaction, no lock.
    const pulled = await pull(store, who.workspace, request.after);
    refuseCursorAhead(request.after, pulled.head);
    return { results: [], ...page(pulled.rows, request.after) };
  }
  return store.transaction(async (sql) => {
    // 1–2. Lock the workspace row (versions are assigned by one request at a time), and read
    //      the mutations already seen and the records touched.
    const state = await lockAndRead(sql, who.workspace, request);
    refuseCursorAhead(request.after, state.head);
    // 3. Decide each change in order (idempotent, conflict-checked), in memory.
    const at = now().toISOString();
    const decided = decideChanges(request, {
      version: state.head,
      seen: state.seen,
      current: state.current,
      at,
    });
    // 4–5. Write records, mutations and the new version, and pull, in one statement (a
    //      request whose changes were all seen before writes nothing and only pulls).
    const rows =
      decided.writes.length > 0
        ? await writeAndPull(sql, who, request, decided, at)
        : (await pull(sql, who.workspace, request.after)).rows;
    return { results: decided.results, ...page(rows, request.after) };
  });
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

/** 5. Everything after the cursor, oldest first, including this request's own changes. */
function page(rows: RecordRow[], after: number): Omit<SyncOutcome, 'results'> {
  const more = rows.length > PULL_LIMIT;
  const changes = rows.slice(0, PULL_LIMIT).map(toPulledChange);
  return { changes, cursor: encodeCursor(changes.at(-1)?.version ?? after), more };
}

function toPulledChange(row: RecordRow): PulledChange {
  return {
    collection: row.collection,
    key: row.key,
    version: Number(row.version),
    op: row.op,
    ...(row.op === 'put' && row.value !== null ? { value: row.value } : {}),
    updatedAt: new Date(row.updated_at).toISOString(),
    updatedBy: row.updated_by,
  };
}

/**
 * The SQL of a sync request. A push is ONE statement whatever its size, the call
 * `motive_push_then_pull(…)` (server/store/push-then-pull.ts): motive_push locks, decides,
 * writes and, when few versions by others wait, pulls, as one transaction
 * (server/store/push-functions.ts); when many wait (see INLINE_PULL_VERSIONS), the call
 * commits first and pulls after, outside the lock, still in the same round trip. A pull
 * alone is one statement without a lock. Pulled changes come back as wire JSON text that the
 * response carries as it is. Identical on PGlite and PostgreSQL.
 *
 * Why a pull needs no lock: versions are assigned under the workspace's row lock, held until
 * commit, so a workspace's transactions commit in version order and every snapshot holds a
 * prefix of its versions: a pull never skips a version that commits later.
 */
import { PULL_LIMIT } from '../../lib/sync/protocol';
import type { Sql } from '../store/sql-store';
import type { ValidRequest } from './validate-request';
import type { Outcome } from './workspace-batches';

/** The pull as JSON text: the changes after the cursor, the last one's version, and whether more wait. */
export interface Pulled {
  /** A JSON array of pulled changes, oldest first, at most PULL_LIMIT. */
  changes: string;
  lastVersion: number | null;
  more: boolean;
}

/** Raised by motive_push for a cursor ahead of the workspace, with its head in DETAIL. */
export const CURSOR_AHEAD = 'MV001';

interface PulledRow {
  changes: string | null;
  last_version: string | number | null;
  more: boolean;
}

/**
 * At most this many versions written by others after the cursor are pulled inside the push,
 * under the workspace's lock; with more, the pull waits for the commit (tests/bench/
 * server-throughput.bench.ts: one shared workspace, 16 clients).
 */
export const INLINE_PULL_VERSIONS = 50;

/** Never inside an explicit transaction: the call commits before a big pull. */
const PUSH = `CALL motive_push_then_pull($1, $2, $3, $4, $5::jsonb, $6, $7, $8)`;

/** A push: the results in order (a JSON array) and the pull that includes its own changes. */
export async function push(
  sql: Sql,
  who: { workspace: string; userId: string },
  request: ValidRequest,
  at: string,
): Promise<Pushed> {
  const [row] = await sql.query<PulledRow & { results: string }>(PUSH, [
    who.workspace,
    who.userId,
    request.clientId,
    request.after,
    JSON.stringify(request.changes),
    at,
    PULL_LIMIT,
    INLINE_PULL_VERSIONS,
  ]);
  return { results: row!.results, pulled: pulled(row!) };
}

/** A push's answer: its results in order (a JSON array) and the pull that includes its own changes. */
export interface Pushed {
  results: string;
  pulled: Pulled;
}

/** One push of a batch: who sends it and what. */
export interface BatchedPush {
  userId: string;
  request: ValidRequest;
}

/** Never inside an explicit transaction: the call commits before the pulls. */
const PUSH_BATCH = `CALL motive_push_batch($1, $2::jsonb, $3, $4)`;

/** What motive_push_batch answers (server/store/push-batch.ts). */
interface BatchRow {
  results: string;
  failures: ({ code: string; detail: string | null; message: string } | null)[];
  changes: string;
  /** Not null: `changes` holds the records after the oldest cursor, these their versions. */
  versions: (string | number | bigint)[] | null;
  last_versions: (string | number | bigint | null)[] | null;
  mores: boolean[] | null;
}

/** Splits the answers that motive_push_batch joined (U+0001 never occurs in JSON text). */
const SEPARATOR = '\u0001';

/**
 * Several pushes of one workspace, in order, as ONE statement: one lock and one commit for
 * all, each push still all or nothing, and each answered the changes after its own cursor.
 * A single push goes as `push` does.
 */
export async function pushBatch(
  sql: Sql,
  workspace: string,
  pushes: BatchedPush[],
  at: string,
): Promise<Outcome<Pushed>[]> {
  if (pushes.length === 1) {
    const [only] = pushes;
    return [{ ok: true, value: await push(sql, { workspace, userId: only!.userId }, only!.request, at) }];
  }
  const sent = pushes.map(({ userId, request }) => ({
    user: userId,
    client: request.clientId,
    after: request.after,
    changes: request.changes,
  }));
  const [row] = await sql.query<BatchRow>(PUSH_BATCH, [workspace, JSON.stringify(sent), at, PULL_LIMIT]);
  const results = row!.results.split(SEPARATOR);
  const pulledOf = row!.versions === null ? ownPages(row!) : afterEachCursor(row!, row!.versions);
  return pushes.map(({ request }, i): Outcome<Pushed> => {
    const failure = row!.failures[i];
    if (failure) return { ok: false, error: Object.assign(new Error(failure.message), failure) };
    return { ok: true, value: { results: results[i]!, pulled: pulledOf(i, request.after) } };
  });
}

/** Each push's page, pulled by the database. */
function ownPages(row: BatchRow): (i: number) => Pulled {
  const pages = row.changes.split(SEPARATOR);
  return (i) => {
    const last = row.last_versions![i] ?? null;
    return { changes: pages[i]!, lastVersion: last === null ? null : Number(last), more: row.mores![i]! };
  };
}

/** The records after each push's cursor, cut from those after the oldest (all of them fit a page). */
function afterEachCursor(
  row: BatchRow,
  versions: BatchRow['versions'] & {},
): (i: number, after: number) => Pulled {
  const numbers = versions.map(Number);
  const records = numbers.length === 0 ? [] : row.changes.split(SEPARATOR);
  return (_, after) => {
    let first = 0;
    while (first < numbers.length && numbers[first]! <= after) first++;
    const mine = records.slice(first);
    return {
      changes: `[${mine.join(',')}]`,
      lastVersion: mine.length === 0 ? null : numbers.at(-1)!,
      more: false,
    };
  };
}

/**
 * A pull alone: the workspace's version (to refuse a cursor from its future) beside the
 * changes after the cursor; no row when the workspace has never been written.
 */
const PULL = `
  SELECT w.version AS head, p.changes, p.last_version, p.more
  FROM workspaces w, motive_changes(w.id, $2, $3) p
  WHERE w.id = $1`;

export async function pull(sql: Sql, workspace: string, after: number): Promise<Pulled & { head: number }> {
  const [row] = await sql.query<PulledRow & { head: string | number }>(PULL, [workspace, after, PULL_LIMIT]);
  if (row === undefined) return { head: 0, changes: '[]', lastVersion: null, more: false };
  return { head: Number(row.head), ...pulled(row) };
}

function pulled(row: PulledRow): Pulled {
  return {
    changes: row.changes ?? '[]',
    lastVersion: row.last_version === null ? null : Number(row.last_version),
    more: row.more,
  };
}

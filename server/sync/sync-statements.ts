/**
 * The SQL of a sync request, one round trip per step whatever the request's size: a push is
 * BEGIN, lockAndRead, writeAndPull, COMMIT; a pull alone is one statement and no transaction.
 * Rows travel as arrays and JSON, never one statement per row. Identical on PGlite and
 * PostgreSQL.
 *
 * Why a pull needs no lock: versions are assigned under the workspace's row lock, held until
 * commit, so a workspace's transactions commit in version order and every snapshot holds a
 * prefix of its versions: a pull never skips a version that commits later.
 */
import { PULL_LIMIT } from '../../lib/sync/protocol';
import type { PulledChange } from '../../lib/sync/protocol';
import type { Sql } from '../store/sql-store';
import { recordId, type Decided, type StoredState } from './decide-changes';
import type { ValidRequest } from './validate-request';

export interface RecordRow {
  collection: PulledChange['collection'];
  key: string;
  version: string | number;
  op: 'put' | 'delete';
  value: Record<string, unknown> | null;
  updated_at: Date | string;
  updated_by: string;
}

/** What a push decides from: the workspace's version, and the mutations and records it names. */
export interface WorkspaceState {
  head: number;
  seen: Map<string, { version: number; conflict: boolean }>;
  current: Map<string, StoredState>;
}

/**
 * The reads, as one row: the mutations already seen and the records touched, as JSON.
 * `head` is the workspace's version in the same snapshot.
 */
const READS = `
  (SELECT json_agg(m) FROM (
     SELECT mutation_id, status, version FROM mutations
     WHERE workspace = $1 AND client_id = $2 AND mutation_id = ANY($3::text[])
   ) m) AS seen,
  (SELECT json_agg(c) FROM (
     SELECT r.collection, r.key, r.version, r.op, r.value FROM records r
     JOIN unnest($4::text[], $5::text[]) AS k(collection, key)
       ON r.collection = k.collection AND r.key = k.key
     WHERE r.workspace = $1
   ) c) AS current,
  COALESCE((SELECT version FROM workspaces WHERE id = $1), 0) AS head`;

/**
 * The upsert takes the workspace's row lock (held until commit) and creates the row if
 * needed. The reads beside it see the statement's snapshot, taken before the lock was
 * granted: when another push committed in between, the workspace's version in the snapshot
 * is older than the locked row's, and the reads are repeated under the lock.
 */
const LOCK_AND_READ = `
  WITH locked AS (
    INSERT INTO workspaces (id) VALUES ($1)
    ON CONFLICT (id) DO UPDATE SET id = EXCLUDED.id
    RETURNING version
  )
  SELECT (SELECT version FROM locked) AS locked_head, ${READS}`;

const READ = `SELECT ${READS}`;

interface ReadRow {
  locked_head?: string | number;
  head: string | number;
  seen: { mutation_id: string; status: string; version: number }[] | null;
  current:
    | {
        collection: string;
        key: string;
        version: number;
        op: 'put' | 'delete';
        value: Record<string, unknown> | null;
      }[]
    | null;
}

/** Steps 1–2: lock the workspace, then what the push's changes need to be decided. */
export async function lockAndRead(
  sql: Sql,
  workspace: string,
  request: ValidRequest,
): Promise<WorkspaceState> {
  const params = [
    workspace,
    request.clientId,
    request.changes.map((c) => c.mutationId),
    request.changes.map((c) => c.collection),
    request.changes.map((c) => c.key),
  ];
  const [first] = await sql.query<ReadRow>(LOCK_AND_READ, params);
  const stale = Number(first!.locked_head) !== Number(first!.head);
  const [row] = stale ? await sql.query<ReadRow>(READ, params) : [first];
  return {
    head: Number(row!.head),
    seen: new Map(
      (row!.seen ?? []).map((m) => [
        m.mutation_id,
        { version: Number(m.version), conflict: m.status === 'conflict' },
      ]),
    ),
    current: new Map(
      (row!.current ?? []).map((r) => [
        recordId(r.collection, r.key),
        { version: Number(r.version), op: r.op, value: r.value ?? undefined },
      ]),
    ),
  };
}

const COLUMNS = 'collection, key, version, op, value, updated_at, updated_by';

/**
 * Step 4–5: writes records, mutations and the workspace's new version (data-modifying CTEs),
 * and returns the pull: the snapshot's records after the cursor that this request did not
 * overwrite, then this request's own, oldest first (the CTEs' writes are not visible to the
 * rest of the statement, hence the union with what `written` returns).
 */
const WRITE_AND_PULL = `
  WITH written AS (
    INSERT INTO records AS r (workspace, collection, key, version, op, value, updated_at, updated_by)
    SELECT $1, w.collection, w.key, w.version, w.op, w.value, $3, $4
    FROM jsonb_to_recordset($2::jsonb) AS w(collection text, key text, version bigint, op text, value jsonb)
    ON CONFLICT (workspace, collection, key) DO UPDATE SET
      version = EXCLUDED.version, op = EXCLUDED.op, value = EXCLUDED.value,
      updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by
    RETURNING r.collection, r.key, r.version, r.op, r.value, r.updated_at, r.updated_by
  ), remembered AS (
    INSERT INTO mutations (workspace, client_id, mutation_id, status, version)
    SELECT $1, $5, m.mutation_id, m.status, m.version
    FROM jsonb_to_recordset($6::jsonb) AS m(mutation_id text, status text, version bigint)
  ), bumped AS (
    UPDATE workspaces SET version = $7 WHERE id = $1
  ), earlier AS (
    SELECT ${COLUMNS} FROM records r
    WHERE r.workspace = $1 AND r.version > $8
      AND NOT EXISTS (SELECT 1 FROM written w WHERE w.collection = r.collection AND w.key = r.key)
    ORDER BY r.version LIMIT $9
  )
  SELECT ${COLUMNS} FROM earlier
  UNION ALL SELECT ${COLUMNS} FROM written
  ORDER BY version LIMIT $9`;

export function writeAndPull(
  sql: Sql,
  who: { workspace: string; userId: string },
  request: ValidRequest,
  decided: Decided,
  at: string,
): Promise<RecordRow[]> {
  return sql.query<RecordRow>(WRITE_AND_PULL, [
    who.workspace,
    JSON.stringify(decided.writes),
    at,
    who.userId,
    request.clientId,
    JSON.stringify(decided.mutations),
    decided.version,
    request.after,
    PULL_LIMIT + 1,
  ]);
}

/**
 * A pull alone: the workspace's version (to refuse a cursor from its future) beside the
 * records after the cursor, one row per record (or one row of nulls when there are none).
 */
const PULL = `
  SELECT w.version AS head, p.* FROM workspaces w
  LEFT JOIN LATERAL (
    SELECT ${COLUMNS} FROM records
    WHERE workspace = w.id AND version > $2 ORDER BY version LIMIT $3
  ) p ON true
  WHERE w.id = $1`;

export async function pull(
  sql: Sql,
  workspace: string,
  after: number,
): Promise<{ head: number; rows: RecordRow[] }> {
  const rows = await sql.query<RecordRow & { head: string | number }>(PULL, [
    workspace,
    after,
    PULL_LIMIT + 1,
  ]);
  return {
    head: rows.length === 0 ? 0 : Number(rows[0]!.head),
    rows: rows.filter((r) => r.key !== null),
  };
}

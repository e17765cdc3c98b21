/**
 * POST /v1/sync, after validation: push then pull, in ONE transaction per request
 * (guarantee 2). Version assignment is serialised per workspace by locking its row, so
 * several server instances can share one PostgreSQL.
 */
import {
  PULL_LIMIT,
  encodeCursor,
  type ChangeResult,
  type PulledChange,
  type PushedChange,
} from '../../lib/sync/protocol';
import type { TokenIdentity } from '../tokens';
import type { Sql, SqlStore } from '../store/sql-store';
import { conflictRecordFor } from './conflict-record';
import type { ValidRequest } from './validate-request';

export interface SyncOutcome {
  results: ChangeResult[];
  changes: PulledChange[];
  cursor: string;
  more: boolean;
}

interface RecordRow {
  collection: PulledChange['collection'];
  key: string;
  version: string | number;
  op: 'put' | 'delete';
  value: Record<string, unknown> | null;
  updated_at: Date | string;
  updated_by: string;
}

export async function applySync(
  store: SqlStore,
  who: TokenIdentity,
  request: ValidRequest,
  now: () => Date,
): Promise<SyncOutcome> {
  return store.transaction(async (sql) => {
    // 1. Lock the workspace row: versions are assigned by one request at a time.
    await sql.query('INSERT INTO workspaces (id) VALUES ($1) ON CONFLICT (id) DO NOTHING', [who.workspace]);
    const locked = await sql.query<{ version: string | number }>(
      'SELECT version FROM workspaces WHERE id = $1 FOR UPDATE',
      [who.workspace],
    );
    const counter = { version: Number(locked[0]!.version) };
    const at = now().toISOString();

    // 2. Apply each change in order (idempotent, conflict-checked).
    const results: ChangeResult[] = [];
    for (const change of request.changes) {
      results.push(await applyChange(sql, who, request.clientId, change, counter, at));
    }

    // 3. Store the new workspace version.
    await sql.query('UPDATE workspaces SET version = $2 WHERE id = $1', [who.workspace, counter.version]);

    // 4. Pull everything after the cursor, oldest first, including this request's own changes.
    const rows = await sql.query<RecordRow>(
      `SELECT collection, key, version, op, value, updated_at, updated_by FROM records
       WHERE workspace = $1 AND version > $2 ORDER BY version LIMIT $3`,
      [who.workspace, request.after, PULL_LIMIT + 1],
    );
    const more = rows.length > PULL_LIMIT;
    const changes = rows.slice(0, PULL_LIMIT).map(toPulledChange);
    const last = changes.at(-1)?.version ?? request.after;
    return { results, changes, cursor: encodeCursor(last), more };
  });
}

async function applyChange(
  sql: Sql,
  who: TokenIdentity,
  clientId: string,
  change: PushedChange,
  counter: { version: number },
  at: string,
): Promise<ChangeResult> {
  // 2a. Already seen: report what it got, change nothing (guarantee 1).
  const seen = await sql.query<{ version: string | number }>(
    'SELECT version FROM mutations WHERE workspace = $1 AND client_id = $2 AND mutation_id = $3',
    [who.workspace, clientId, change.mutationId],
  );
  if (seen[0])
    return { mutationId: change.mutationId, status: 'duplicate', version: Number(seen[0].version) };

  // 2b. Compare the base version with the record's current version.
  const current = (
    await sql.query<{
      version: string | number;
      op: 'put' | 'delete';
      value: Record<string, unknown> | null;
    }>('SELECT version, op, value FROM records WHERE workspace = $1 AND collection = $2 AND key = $3', [
      who.workspace,
      change.collection,
      change.key,
    ])
  )[0];
  const currentVersion = current === undefined ? null : Number(current.version);

  if (currentVersion === change.baseVersion) {
    // 2c. Base matches: write the record with the next version.
    const version = ++counter.version;
    await writeRecord(sql, who, change.collection, change.key, version, change.op, change.value ?? null, at);
    await recordMutation(sql, who, clientId, change.mutationId, 'applied', version);
    return { mutationId: change.mutationId, status: 'applied', version };
  }

  // 2d. Base is stale: keep the rejected change as a `conflicts` record (guarantee 3).
  const conflict = conflictRecordFor(change, clientId, currentVersion, at);
  const conflictVersion = ++counter.version;
  await writeRecord(sql, who, 'conflicts', conflict.id, conflictVersion, 'put', conflict, at);
  await recordMutation(sql, who, clientId, change.mutationId, 'conflict', currentVersion ?? 0);
  return {
    mutationId: change.mutationId,
    status: 'conflict',
    version: currentVersion ?? 0,
    current:
      current === undefined
        ? null
        : current.op === 'put'
          ? { op: 'put', value: current.value ?? {} }
          : { op: 'delete' },
  };
}

async function writeRecord(
  sql: Sql,
  who: TokenIdentity,
  collection: string,
  key: string,
  version: number,
  op: 'put' | 'delete',
  value: Record<string, unknown> | null,
  at: string,
): Promise<void> {
  await sql.query(
    `INSERT INTO records (workspace, collection, key, version, op, value, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8)
     ON CONFLICT (workspace, collection, key) DO UPDATE SET
       version = EXCLUDED.version, op = EXCLUDED.op, value = EXCLUDED.value,
       updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
    [
      who.workspace,
      collection,
      key,
      version,
      op,
      op === 'put' ? JSON.stringify(value) : null,
      at,
      who.userId,
    ],
  );
}

async function recordMutation(
  sql: Sql,
  who: TokenIdentity,
  clientId: string,
  mutationId: string,
  status: 'applied' | 'conflict',
  version: number,
): Promise<void> {
  await sql.query(
    'INSERT INTO mutations (workspace, client_id, mutation_id, status, version) VALUES ($1, $2, $3, $4, $5)',
    [who.workspace, clientId, mutationId, status, version],
  );
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

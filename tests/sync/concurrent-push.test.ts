/**
 * Guarantee 3 under concurrency: a push that waits for its workspace's lock decides against
 * what the lock holder committed meanwhile, not against what it read before the wait
 * (motive_push takes the lock first, and every statement after it sees what the holder committed).
 * On PostgreSQL the push really waits on the row lock; on PGlite (one connection) it waits
 * for the holder's transaction to end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncResponseSchema } from '../../lib/sync/protocol';
import type { Sql } from '../../server/store/sql-store';
import { BACKENDS, startTestServer, type TestServer } from './support/test-server';
import { body, note, put } from './support/values';

/** Resolves once a sync request is waiting for a row lock (PostgreSQL's view of its backends). */
async function untilWaitingOnLock(sql: Sql): Promise<void> {
  for (;;) {
    const rows = await sql.query(
      `SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%motive_push%'`,
    );
    if (rows.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe.each(BACKENDS)('concurrent pushes on %s', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
  });
  afterAll(() => server.close());

  it('a push waiting for the workspace lock sees the record the holder created, and conflicts', async () => {
    const workspace = server.workspace();
    const token = await server.token(workspace);
    let pending: Promise<Response> | undefined;
    await server.store.transaction(async (sql) => {
      await sql.query('UPDATE workspaces SET version = 1 WHERE id = $1', [workspace]);
      await sql.query(
        `INSERT INTO records (workspace, collection, key, version, op, value, updated_at, updated_by)
         VALUES ($1, 'notes', 'n_race', 1, 'put', $2::jsonb, now(), 'teammate')`,
        [workspace, JSON.stringify(note('n_race', 'the teammate wrote first'))],
      );
      pending = server.sync(token, body([put('n_race', null, note('n_race', 'mine'))]));
      if (backend === 'postgres') await untilWaitingOnLock(server.store);
    });
    const response = syncResponseSchema.parse(await (await pending!).json());
    expect(response.results[0]).toMatchObject({ status: 'conflict', version: 1 });
    const [kept] = await server.store.query<{ value: { text: string } }>(
      `SELECT value FROM records WHERE workspace = $1 AND key = 'n_race'`,
      [workspace],
    );
    expect(kept!.value.text).toBe('the teammate wrote first');
  });
});

/**
 * A push is ONE statement and no explicit transaction (motive_push, server/store/push-functions.ts):
 * with authentication, two round trips per request; a third, a pull after the commit, when
 * many versions by others wait after the cursor. Every statement the app sends is counted
 * through a wrapping store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCursor, syncResponseSchema } from '../../lib/sync/protocol';
import { BACKENDS, startTestServer, type TestServer } from '../../tests/sync/support/test-server';
import { body, note, put } from '../../tests/sync/support/values';
import type { SqlStore } from '../store/sql-store';
import { INLINE_PULL_VERSIONS } from './sync-statements';

describe.each(BACKENDS)('sync statements on %s', (backend) => {
  let server: TestServer;
  let counted: TestServer;
  const sent: string[] = [];
  let transactions = 0;
  beforeAll(async () => {
    server = await startTestServer(backend);
    const store: SqlStore = {
      ...server.store,
      query(text, params) {
        sent.push(text);
        return server.store.query(text, params);
      },
      transaction(work) {
        transactions++;
        return server.store.transaction(work);
      },
    };
    counted = await startTestServer(backend, { store });
  });
  afterAll(async () => {
    await counted.close();
    await server.close();
  });

  it('pushes in one statement beside authentication, conflicts and duplicates included', async () => {
    const token = await server.token(server.workspace());
    const first = put('n_1', null, note('n_1', 'first'));
    const created = syncResponseSchema.parse(await (await counted.sync(token, body([first]))).json());
    sent.length = 0;
    transactions = 0;
    const again = [first, put('n_1', null, note('n_1', 'stale')), put('n_2', null), put('n_3', null)];
    const response = await counted.sync(token, body(again, created.cursor));
    const parsed = syncResponseSchema.parse(await response.json());
    expect(parsed.results.map((r) => r.status)).toEqual(['duplicate', 'conflict', 'applied', 'applied']);
    expect(parsed.changes.map((c) => c.collection)).toEqual(['conflicts', 'notes', 'notes']);
    expect(transactions).toBe(0);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toContain('motive_push(');
  });

  it('pulls after the commit when many versions by others wait, and the answer is the same', async () => {
    const workspace = server.workspace();
    const [mine, teammate] = [await server.token(workspace, 'me'), await server.token(workspace, 'mate')];
    const start = syncResponseSchema.parse(
      await (await counted.sync(mine, body([put('n_me', null)]))).json(),
    );
    const theirs = Array.from({ length: INLINE_PULL_VERSIONS + 1 }, (_, i) => put(`n_mate_${i}`, null));
    await counted.sync(teammate, body(theirs, null, 'c_mate'));
    sent.length = 0;
    const response = await counted.sync(mine, body([put('n_me_2', null)], start.cursor));
    const parsed = syncResponseSchema.parse(await response.json());
    expect(sent).toHaveLength(3);
    expect(sent[2]).toContain('motive_changes(');
    expect(parsed.results.map((r) => r.status)).toEqual(['applied']);
    const keys = parsed.changes.map((c) => c.key);
    expect(keys).toEqual([...theirs.map((c) => c.key), 'n_me_2']);
    const versions = parsed.changes.map((c) => c.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(decodeCursor(parsed.cursor)).toBe(versions.at(-1));
  });

  it('stores each pushed version as pulled, and pulls a record written without it the same way', async () => {
    const workspace = server.workspace();
    const token = await server.token(workspace, 'ana.rep@acme');
    await server.store.query(
      `INSERT INTO records (workspace, collection, key, version, op, value, updated_at, updated_by)
       VALUES ($1, 'notes', 'n_old', 1, 'put', $2::jsonb, '2026-11-22T14:03:11.201Z', 'ana.rep@acme'),
              ($1, 'notes', 'n_gone', 2, 'delete', NULL, '2026-11-22T14:03:11.201Z', 'ana.rep@acme')`,
      [workspace, JSON.stringify(note('n_old', 'from before'))],
    );
    await server.store.query('UPDATE workspaces SET version = 2 WHERE id = $1', [workspace]);
    const key = 'n_"new"\\';
    await counted.sync(
      token,
      body([put(key, null, note(key, 'pushed')), { ...put('n_gone', 2), op: 'delete', value: undefined }]),
    );
    const stored = await server.store.query<{ key: string; wire: string | null }>(
      'SELECT key, wire FROM records WHERE workspace = $1 ORDER BY version',
      [workspace],
    );
    expect(stored.map((r) => [r.key, r.wire !== null])).toEqual([
      ['n_old', false],
      [key, true],
      ['n_gone', true],
    ]);
    const pulled = syncResponseSchema.parse(await (await counted.sync(token, body([]))).json());
    expect(pulled.changes).toEqual([
      {
        collection: 'notes',
        key: 'n_old',
        version: 1,
        op: 'put',
        value: note('n_old', 'from before'),
        updatedAt: '2026-11-22T14:03:11.201Z',
        updatedBy: 'ana.rep@acme',
      },
      expect.objectContaining({
        key,
        version: 3,
        op: 'put',
        value: note(key, 'pushed'),
        updatedBy: 'ana.rep@acme',
      }),
      expect.objectContaining({ key: 'n_gone', version: 4, op: 'delete', updatedBy: 'ana.rep@acme' }),
    ]);
    expect(pulled.changes[2]).not.toHaveProperty('value');
    expect(JSON.parse(stored[1]!.wire!)).toEqual(pulled.changes[1]);
  });
});

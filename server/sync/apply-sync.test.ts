/**
 * A push is ONE statement and no explicit transaction (motive_push, server/store/push-functions.ts):
 * with authentication, two round trips per request. Every statement the app sends is
 * counted through a wrapping store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncResponseSchema } from '../../lib/sync/protocol';
import { BACKENDS, startTestServer, type TestServer } from '../../tests/sync/support/test-server';
import { body, note, put } from '../../tests/sync/support/values';
import type { SqlStore } from '../store/sql-store';

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
});

/**
 * Several pushes of one workspace as ONE statement (motive_push_batch, migration 8): each
 * push answered as if it had run alone after the ones before it, each all or nothing, and
 * the pushes that wait in the app go that way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PULL_LIMIT, decodeCursor, syncResponseSchema } from '../../lib/sync/protocol';
import { BACKENDS, startTestServer, type TestServer } from '../../tests/sync/support/test-server';
import { body, note, put } from '../../tests/sync/support/values';
import type { SqlStore } from '../store/sql-store';
import { CURSOR_AHEAD, pull, push, pushBatch, type BatchedPush, type Pushed } from './sync-statements';
import type { ValidRequest } from './validate-request';
import type { Outcome } from './workspace-batches';

const AT = '2026-11-22T15:00:00.000Z';

const pushOf = (userId: string, clientId: string, after: number, changes: unknown[]): BatchedPush => ({
  userId,
  request: { clientId, after, changes } as unknown as ValidRequest,
});

function value(outcome: Outcome<Pushed> | undefined): Pushed {
  if (!outcome?.ok) throw new Error(`expected a committed push, got ${JSON.stringify(outcome)}`);
  return outcome.value;
}

describe.each(BACKENDS)('a batch of pushes on %s', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers each push the results it would get alone, and every change after its own cursor', async () => {
    const store = server.store;
    const [alone, batched] = [server.workspace(), server.workspace()];
    const seed = [put('n_1', null), put('n_2', null)];
    const pushes = [
      pushOf('ana', 'c_ana', 2, [put('n_3', null), put('n_1', 1, note('n_1', 'edited'))]),
      pushOf('bo', 'c_bo', 0, [seed[0]!, put('n_2', 1, note('n_2', 'stale base')), put('n_4', null)]),
      pushOf('ana', 'c_ana', 2, [put('n_5', null)]),
    ];
    for (const workspace of [alone, batched]) {
      await push(store, { workspace, userId: 'bo' }, pushOf('bo', 'c_bo', 0, seed).request, AT);
    }
    const one = [];
    for (const p of pushes)
      one.push(await push(store, { workspace: alone, userId: p.userId }, p.request, AT));
    const together = (await pushBatch(store, batched, pushes, AT)).map(value);

    // The same decisions and versions, conflicts records included.
    expect(together.map((t) => JSON.parse(t.results) as unknown)).toEqual(
      one.map((o) => JSON.parse(o.results) as unknown),
    );
    // Each pull holds what a pull alone from its cursor holds once the batch has committed.
    for (const [i, p] of pushes.entries()) {
      const { head: _, ...expected } = await pull(store, batched, p.request.after);
      expect(together[i]!.pulled).toEqual(expected);
      expect(JSON.parse(together[i]!.pulled.changes)).toEqual(
        JSON.parse((await pull(store, alone, p.request.after)).changes),
      );
    }
    // 2 seeded, then 5 written (a duplicate writes nothing; a conflict writes its conflicts record).
    expect(together[1]!.pulled.lastVersion).toBe(7);
  });

  it('fails a push alone: a cursor from the future and a failing change change nothing of it', async () => {
    const workspace = server.workspace();
    const store = server.store;
    const broken = { ...put('n_bad', null), baseVersion: 'not a number' };
    const pushes = [
      pushOf('ana', 'c_ana', 0, [put('n_1', null)]),
      pushOf('bo', 'c_bo', 99, [put('n_future', null)]),
      pushOf('cy', 'c_cy', 0, [put('n_fine', null), broken]),
      pushOf('ana', 'c_ana', 1, [put('n_2', null)]),
    ];
    const outcomes = await pushBatch(store, workspace, pushes, AT);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, false, true]);
    expect(outcomes[1]).toMatchObject({ ok: false, error: { code: CURSOR_AHEAD, detail: '1' } });
    expect(outcomes[2]).toMatchObject({ ok: false, error: { code: '22P02' } }); // invalid bigint text
    expect(JSON.parse(value(outcomes[3]).results)).toEqual([
      { mutationId: pushes[3]!.request.changes[0]!.mutationId, status: 'applied', version: 2 },
    ]);
    const stored = await store.query<{ key: string }>(
      'SELECT key FROM records WHERE workspace = $1 ORDER BY version',
      [workspace],
    );
    expect(stored.map((r) => r.key)).toEqual(['n_1', 'n_2']);
  });

  it('pulls each push its own page when the oldest cursor is more than a page behind', async () => {
    const workspace = server.workspace();
    const store = server.store;
    const many = Array.from({ length: PULL_LIMIT }, (_, i) => put(`n_${i}`, null));
    for (let i = 0; i < many.length; i += 500) {
      await push(
        store,
        { workspace, userId: 'bo' },
        pushOf('bo', 'c_bo', 0, many.slice(i, i + 500)).request,
        AT,
      );
    }
    const pushes = [
      pushOf('ana', 'c_ana', 0, [put('n_behind', null)]),
      pushOf('cy', 'c_cy', PULL_LIMIT - 1, [put('n_near', null)]),
    ];
    const [behind, near] = (await pushBatch(store, workspace, pushes, AT)).map(value);
    expect(behind!.pulled).toMatchObject({ lastVersion: PULL_LIMIT, more: true });
    expect(JSON.parse(behind!.pulled.changes)).toHaveLength(PULL_LIMIT);
    expect(near!.pulled).toMatchObject({ lastVersion: PULL_LIMIT + 2, more: false });
    expect((JSON.parse(near!.pulled.changes) as { key: string }[]).map((c) => c.key)).toEqual([
      `n_${PULL_LIMIT - 1}`,
      'n_behind',
      'n_near',
    ]);
  });

  it('sends the pushes that wait for their workspace together, and answers each its own', async () => {
    const sent: string[] = [];
    const store: SqlStore = {
      ...server.store,
      query(text, params) {
        sent.push(text);
        return server.store.query(text, params);
      },
    };
    const app = await startTestServer(backend, { store });
    try {
      const workspace = server.workspace();
      const tokens = await Promise.all(
        Array.from({ length: 6 }, (_, i) => server.token(workspace, `rep${i}`)),
      );
      const answers = await Promise.all(
        tokens.map(async (token, i) => {
          const changes = [put(`n_${i}_a`, null), put(`n_${i}_b`, null)];
          const response = await app.sync(token, body(changes, null, `c_${i}`));
          return { changes, answer: syncResponseSchema.parse(await response.json()) };
        }),
      );
      expect(sent.some((text) => text.includes('motive_push_batch('))).toBe(true);
      const versions = answers.flatMap((a) => a.answer.results.map((r) => r.version));
      expect(versions.sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      for (const { changes, answer } of answers) {
        expect(answer.results.map((r) => [r.mutationId, r.status])).toEqual(
          changes.map((c) => [c.mutationId, 'applied']),
        );
        // From cursor null: everything committed so far, its own changes included, oldest first.
        const pulled = answer.changes.map((c) => c.version);
        expect(pulled).toEqual(Array.from({ length: pulled.length }, (_, i) => i + 1));
        expect(answer.changes.map((c) => c.key)).toEqual(expect.arrayContaining(changes.map((c) => c.key)));
        expect(decodeCursor(answer.cursor)).toBe(pulled.at(-1));
      }
    } finally {
      await app.close();
    }
  });
});

/**
 * sync-protocol.md guarantees 1, 2, 3 and 6 and the response shape, one test each, against
 * PGlite (and PostgreSQL when TEST_DATABASE_URL is set).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncResponseSchema, type SyncResponse } from '../../lib/sync/protocol';
import type { SqlStore } from '../../server/store/sql-store';
import { BACKENDS, startTestServer, type TestServer } from './support/test-server';
import { body, del, note, put } from './support/values';

const json = async (r: Response) => syncResponseSchema.parse(await r.json());

async function recordCount(store: SqlStore, workspace: string): Promise<number> {
  const rows = await store.query<{ n: string | number }>(
    'SELECT count(*) AS n FROM records WHERE workspace = $1',
    [workspace],
  );
  return Number(rows[0]!.n);
}

describe.each(BACKENDS)('sync contract on %s', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
  });
  afterAll(() => server.close());

  async function fresh() {
    const workspace = server.workspace();
    return { workspace, token: await server.token(workspace) };
  }

  it('answers health without a token', async () => {
    const response = await server.fetch('/v1/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, version: expect.any(String) });
  });

  it('returns one result per change, in order, and pulls its own changes with increasing versions', async () => {
    const { token } = await fresh();
    const changes = [put('n_a', null), put('n_b', null), put('n_c', null)];
    const response = await json(await server.sync(token, body(changes)));
    expect(response.results.map((r) => [r.mutationId, r.status])).toEqual(
      changes.map((c) => [c.mutationId, 'applied']),
    );
    const versions = response.results.map((r) => r.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(3);
    expect(response.changes.map((c) => c.key)).toEqual(['n_a', 'n_b', 'n_c']);
    expect(response.changes[0]).toMatchObject({
      op: 'put',
      updatedBy: 'rep',
      value: { text: note('n_a').text },
    });
    expect(response.more).toBe(false);
  });

  it('guarantee 1 (idempotent): a re-sent request applies nothing twice and reports duplicates with their versions', async () => {
    const { token, workspace } = await fresh();
    const request = body([put('n_1', null), put('n_2', null)]);
    const first = await json(await server.sync(token, request));
    const count = await recordCount(server.store, workspace);
    const again = await json(await server.sync(token, request));
    expect(again.results).toEqual(
      first.results.map((r) => ({ mutationId: r.mutationId, status: 'duplicate', version: r.version })),
    );
    expect(await recordCount(server.store, workspace)).toBe(count);
    expect(again.changes.map((c) => c.version)).toEqual(first.changes.map((c) => c.version));
  });

  it('guarantee 2 (atomic): an invalid change anywhere in a request records none of it', async () => {
    const { token, workspace } = await fresh();
    const response = await server.sync(
      token,
      body([put('n_ok', null), put('n_bad', null, { id: 'n_bad', text: 7 })]),
    );
    expect(response.status).toBe(400);
    expect(await recordCount(server.store, workspace)).toBe(0);
  });

  it('guarantee 2 (atomic): a failure mid-request rolls everything back, and re-sending then applies it once', async () => {
    const workspace = server.workspace();
    // The disk catches fire when the push remembers its mutation ids, after its records are
    // written, inside the one statement of the push.
    const fire = `disk_on_fire_${workspace.replaceAll('-', '_')}`;
    await server.store.query(`CREATE FUNCTION ${fire}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'disk on fire'; END $$`);
    await server.store.query(`CREATE TRIGGER ${fire} BEFORE INSERT ON mutations FOR EACH ROW
      WHEN (NEW.workspace = '${workspace}') EXECUTE FUNCTION ${fire}()`);
    const token = await server.token(workspace);
    const request = body([put('n_1', null), put('n_2', null)]);
    const failed = await server.sync(token, request);
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({ error: { code: 'internal', message: expect.any(String) } });
    expect(await recordCount(server.store, workspace)).toBe(0);
    await server.store.query(`DROP TRIGGER ${fire} ON mutations`);
    await server.store.query(`DROP FUNCTION ${fire}()`);
    const retried = await json(await server.sync(token, request));
    expect(retried.results.map((r) => r.status)).toEqual(['applied', 'applied']);
  });

  it('guarantee 3 (nothing lost): a stale base version is a conflict with the current value, kept as a conflicts record', async () => {
    const { token } = await fresh();
    const created = await json(await server.sync(token, body([put('n_x', null, note('n_x', 'first'))])));
    const v1 = created.results[0]!.version;
    await json(
      await server.sync(token, body([put('n_x', v1, note('n_x', 'second'))], created.cursor, 'c_other')),
    );
    const stale = put('n_x', v1, note('n_x', 'third'));
    const response = await json(await server.sync(token, body([stale], created.cursor)));
    const result = response.results[0]!;
    expect(result).toMatchObject({ status: 'conflict', current: { op: 'put', value: { text: 'second' } } });
    expect(result.version).toBeGreaterThan(v1);
    const conflict = response.changes.find((c) => c.collection === 'conflicts');
    expect(conflict?.value).toMatchObject({
      collection: 'notes',
      key: 'n_x',
      op: 'put',
      value: { text: 'third' },
      baseVersion: v1,
      currentVersion: result.version,
      mutationId: stale.mutationId,
      clientId: 'c_test',
    });
    expect(response.changes.find((c) => c.key === 'n_x')?.value).toMatchObject({ text: 'second' });
  });

  it('guarantee 3: a new record whose key already exists conflicts instead of overwriting', async () => {
    const { token } = await fresh();
    await server.sync(token, body([put('n_dup', null, note('n_dup', 'mine'))]));
    const response = await json(
      await server.sync(token, body([put('n_dup', null, note('n_dup', 'yours'))], null, 'c_2')),
    );
    expect(response.results[0]).toMatchObject({ status: 'conflict', current: { value: { text: 'mine' } } });
  });

  it('guarantee 3: deletes are soft; the tombstone syncs like any change', async () => {
    const { token } = await fresh();
    const created = await json(await server.sync(token, body([put('n_d', null)])));
    const deleted = await json(
      await server.sync(token, body([del('n_d', created.results[0]!.version)], created.cursor)),
    );
    expect(deleted.results[0]!.status).toBe('applied');
    expect(deleted.changes).toEqual([
      expect.objectContaining({ key: 'n_d', op: 'delete', version: deleted.results[0]!.version }),
    ]);
    expect(deleted.changes[0]).not.toHaveProperty('value');
    const fromStart = await json(await server.sync(token, body([], null, 'c_new')));
    expect(fromStart.changes.map((c) => [c.key, c.op])).toEqual([['n_d', 'delete']]);
  });

  it('pages pulls at 1,000 changes, oldest first, with more: true until the end', async () => {
    const { token } = await fresh();
    for (let i = 0; i < 3; i++) {
      const changes = Array.from({ length: 400 }, (_, j) => put(`n_${i}_${j}`, null));
      expect((await server.sync(token, body(changes, 'c0', 'c_writer'))).status).toBe(200);
    }
    const pages: SyncResponse[] = [];
    let cursor: string | null = null;
    do {
      pages.push(await json(await server.sync(token, body([], cursor, 'c_reader'))));
      cursor = pages.at(-1)!.cursor;
    } while (pages.at(-1)!.more);
    expect(pages.map((p) => p.changes.length)).toEqual([1000, 200]);
    const versions = pages.flatMap((p) => p.changes.map((c) => c.version));
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    const again = await json(await server.sync(token, body([], cursor, 'c_reader')));
    expect(again).toMatchObject({ changes: [], more: false, cursor });
  });

  it.each([
    ['clientId', { clientId: 'has space' }],
    ['cursor', { cursor: 'not-a-cursor' }],
    ['changes', { changes: 'nope' }],
    ['changes.0.collection', { changes: [{ ...put('n', null), collection: 'secrets' }] }],
    ['changes.0.op', { changes: [{ ...put('n', null), op: 'patch' }] }],
    ['changes.0.value', { changes: [{ ...put('n', null), value: undefined }] }],
    ['changes.0.baseVersion', { changes: [{ ...put('n', null), baseVersion: -1 }] }],
    ['changes.0.clientTime', { changes: [{ ...put('n', null), clientTime: 'yesterday' }] }],
    ['changes.0.value.text', { changes: [put('n', null, { ...note('n'), text: 42 })] }],
    ['changes.0.value.id', { changes: [put('n', null, note('other'))] }],
    ['changes.0.extra', { changes: [{ ...put('n', null), extra: 1 }] }],
    ['surprise', { surprise: true }],
  ])(
    'guarantee 6 (validated): a bad %s is a 400 naming the field, and changes nothing',
    async (field, patch) => {
      const { token, workspace } = await fresh();
      const response = await server.sync(token, { ...body([put('n_fine', null)]), ...patch });
      expect(response.status).toBe(400);
      const error = (await response.json()) as { error: { code: string; message: string } };
      expect(error.error.code).toBe('invalid_request');
      expect(error.error.message.startsWith(`${field}: `)).toBe(true);
      expect(await recordCount(server.store, workspace)).toBe(0);
    },
  );
});

/**
 * A push is ONE statement and no explicit transaction (motive_push_then_pull,
 * server/store/push-then-pull.ts): with authentication, two round trips per request, also
 * when many versions by others wait after the cursor and the pull follows the commit. Every
 * statement the app sends is counted through a wrapping store.
 */
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCursor, syncResponseSchema } from '../../lib/sync/protocol';
import { BACKENDS, startTestServer, type TestServer } from '../../tests/sync/support/test-server';
import { body, del, note, put } from '../../tests/sync/support/values';
import type { SqlStore } from '../store/sql-store';
import { INLINE_PULL_VERSIONS, push } from './sync-statements';
import type { ValidRequest } from './validate-request';

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
    // A fixed clock: the same push answers the same, conflict records included.
    counted = await startTestServer(backend, { store, now: () => new Date('2026-11-22T15:00:00.000Z') });
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
    expect(sent[1]).toContain('motive_push_then_pull(');
  });

  it('pulls after the commit in the same statement when many versions by others wait', async () => {
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
    expect(sent).toHaveLength(2);
    expect(parsed.results.map((r) => r.status)).toEqual(['applied']);
    const keys = parsed.changes.map((c) => c.key);
    expect(keys).toEqual([...theirs.map((c) => c.key), 'n_me_2']);
    const versions = parsed.changes.map((c) => c.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(decodeCursor(parsed.cursor)).toBe(versions.at(-1));
  });

  it('commits a push before a big pull, and only then', async () => {
    // Inside an explicit transaction a procedure may not commit: the push that leaves its
    // pull for after the commit is refused there, the push that pulls under the lock is not.
    const workspace = server.workspace();
    const at = '2026-11-22T15:00:00.000Z';
    const request = (after: number, changes: unknown[]) =>
      ({ clientId: 'c_1', after, changes }) as unknown as ValidRequest;
    const many = Array.from({ length: INLINE_PULL_VERSIONS + 1 }, (_, i) => put(`n_${i}`, null));
    await push(server.store, { workspace, userId: 'mate' }, request(0, many), at);
    const small = request(INLINE_PULL_VERSIONS, [put('n_small', null)]);
    const inline = await server.store.transaction((sql) => push(sql, { workspace, userId: 'me' }, small, at));
    expect(inline.pulled.lastVersion).toBe(INLINE_PULL_VERSIONS + 2);
    const big = server.store.transaction((sql) =>
      push(sql, { workspace, userId: 'me' }, request(0, [put('n_big', null)]), at),
    );
    await expect(big).rejects.toMatchObject({ code: '2D000' }); // invalid_transaction_termination
    const [head] = await server.store.query<{ version: string }>(
      'SELECT version FROM workspaces WHERE id = $1',
      [workspace],
    );
    expect(Number(head!.version)).toBe(INLINE_PULL_VERSIONS + 2);
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

  it('pulls hostile strings and a large value as pushed, inline and after the commit alike', async () => {
    // The pulled changes are JSON text built by the database (motive_wire, jsonb output) and
    // spliced into the answer: it must parse to exactly the values pushed, whatever they hold.
    const hostile =
      'quote " backslash \\ slash / \\u0041 newline \n tab \t cr \r bell \u0007 unit \u001f del \u007f ' +
      "separators \u2028 \u2029 bom \ufeff emoji 😀 astral 𝄞 accents déjà 日本語 </script><!-- & ' `";
    const workspace = server.workspace();
    const user = 'ana.rep@acme'; // user ids are plain (server/tokens.ts)
    const [mine, mate] = [await server.token(workspace, user), await server.token(workspace, 'mate')];
    const key = 'n_"q"\\/\u2028😀';
    // A note's text is at most 100,000 characters: 150 KB in UTF-8 here.
    const text = `${'é'.repeat(40_000)} ${hostile} ${'a'.repeat(59_000)}`.slice(0, 100_000);
    const large = note('n_large', text, { tags: ['"q" \\ \u2028 😀 \u0007', '\\', '"'] });
    const pushed = [put(key, null, note(key, hostile)), put('n_large', null, large)];
    const pulled = async (token: string, request: unknown) =>
      (JSON.parse(await (await counted.sync(token, request)).text()) as { changes: unknown[] }).changes;
    const inline = await pulled(mine, body(pushed));
    const expected = pushed.map((change, i) => ({
      collection: 'notes',
      key: change.key,
      version: i + 1,
      op: 'put',
      value: change.value,
      updatedAt: '2026-11-22T15:00:00.000Z',
      updatedBy: user,
    }));
    // Not toEqual: a failure would print 150 KB twice. (Keys come in jsonb's order.)
    expect(isDeepStrictEqual(inline, expected)).toBe(true);
    // Pulled after the commit: more than INLINE_PULL_VERSIONS by others wait.
    const theirs = Array.from({ length: INLINE_PULL_VERSIONS }, (_, i) => put(`n_mate_${i}`, null));
    await counted.sync(mate, body(theirs, null, 'c_mate'));
    const after = await pulled(mate, body([put('n_last', null)], null, 'c_mate'));
    expect(isDeepStrictEqual(after.slice(0, 2), expected)).toBe(true);
  });

  it('pulls a record updated by an instance from before the wire text with its new value', async () => {
    const workspace = server.workspace();
    const token = await server.token(workspace);
    await counted.sync(token, body([put('n_1', null, note('n_1', 'first'))]));
    // What a server without migration 4 runs: its upsert leaves the wire text as it was.
    await server.store.query(
      `UPDATE records SET version = 2, value = $2::jsonb WHERE workspace = $1 AND key = 'n_1'`,
      [workspace, JSON.stringify(note('n_1', 'second'))],
    );
    await server.store.query('UPDATE workspaces SET version = 2 WHERE id = $1', [workspace]);
    const pulled = syncResponseSchema.parse(await (await counted.sync(token, body([]))).json());
    expect(pulled.changes).toEqual([expect.objectContaining({ version: 2, value: note('n_1', 'second') })]);
  });

  // Pushes that name a record or a mutation id twice, or touch a conflicts record, are
  // decided change by change; the others in one set-based statement. Same rules.
  it('decides a record named twice and a repeated mutation id in order', async () => {
    const token = await server.token(server.workspace());
    const first = put('n_a', null);
    const changes = [first, put('n_a', 1, note('n_a', 'edited')), first, put('n_b', 7), put('n_a', 1)];
    const response = syncResponseSchema.parse(await (await counted.sync(token, body(changes))).json());
    expect(response.results.map((r) => [r.status, r.version])).toEqual([
      ['applied', 1],
      ['applied', 2],
      ['duplicate', 1],
      ['conflict', 0],
      ['conflict', 2],
    ]);
    expect(response.results[4]).toMatchObject({ current: { op: 'put', value: { text: 'edited' } } });
    const conflicts = response.changes.filter((c) => c.collection === 'conflicts');
    expect(conflicts.map((c) => c.version)).toEqual([3, 4]);
    // The rejected change re-sent, with a delete of its conflicts record: decided in order too.
    const again = [changes[3]!, del(conflicts[0]!.key, 3, 'conflicts')];
    const resolved = syncResponseSchema.parse(await (await counted.sync(token, body(again))).json());
    expect(resolved.results.map((r) => [r.status, r.version])).toEqual([
      ['conflict', 0],
      ['applied', 5],
    ]);
  });

  it('answers a simple push as the change-by-change path does', async () => {
    const answers = [];
    const seed = [put('n_1', null), put('n_2', null), put('n_9', 5)];
    // A duplicate, a rejected change re-sent, two applied and two conflicts, each record once.
    const batch = [seed[0]!, seed[2]!, put('n_2', 2), put('n_3', null), del('n_4', 9), put('n_5', 3)];
    for (const extra of [[], ['repeat']]) {
      const workspace = server.workspace();
      const token = await server.token(workspace);
      await counted.sync(token, body(seed));
      const changes = extra.length === 0 ? batch : [...batch, batch[2]!];
      const parsed = syncResponseSchema.parse(await (await counted.sync(token, body(changes))).json());
      const rows = await server.store.query<{ key: string; version: string; wire: string }>(
        'SELECT key, version, wire FROM records WHERE workspace = $1 ORDER BY version',
        [workspace],
      );
      answers.push({
        results: parsed.results.slice(0, batch.length),
        changes: parsed.changes.map(({ updatedAt: _, ...rest }) => rest),
        stored: rows.map((r) => [r.key, Number(r.version)]),
      });
    }
    expect(answers[0]!.results.map((r) => [r.status, r.version])).toEqual([
      ['duplicate', 1],
      ['conflict', 0],
      ['applied', 4],
      ['applied', 5],
      ['conflict', 0],
      ['conflict', 0],
    ]);
    expect(answers[1]).toEqual(answers[0]);
  });
});

describe.each(BACKENDS)('the push function on %s', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
  });
  afterAll(async () => {
    await server.close();
  });

  it('finds each pushed record by primary key, even with a plan made on a fresh, unanalysed table', async () => {
    // A cached generic plan once probed records through records_by_version, whose index
    // condition is the workspace alone, and read the whole workspace for every change.
    const workspace = server.workspace();
    const read = await server.store.transaction(async (sql) => {
      await sql.query('SET LOCAL plan_cache_mode = force_generic_plan');
      let after = 0;
      for (let i = 0; i < 20; i++) {
        const changes = Array.from({ length: 5 }, (_, j) => put(`n_${i}_${j}`, null));
        const request = { clientId: 'c_1', after, changes } as unknown as ValidRequest;
        const pushed = await push(sql, { workspace, userId: 'rep' }, request, '2026-11-22T15:00:00.000Z');
        after = pushed.pulled.lastVersion!;
      }
      // This transaction's reads of `records`, by scanning the table and through any index.
      const [counts] = await sql.query<{ rows: string }>(
        `SELECT seq_tup_read + COALESCE(idx_tup_fetch, 0) AS rows
         FROM pg_stat_xact_user_tables WHERE relname = 'records'`,
      );
      return Number(counts!.rows);
    });
    // Each push pulls its own 5 records back; a probe reads nothing for a new record. Through
    // the workspace alone, the 100 probes would read ~4,750 rows.
    expect(read).toBeLessThanOrEqual(100);
  });
});

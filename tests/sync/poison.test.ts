/**
 * Poison values (issue 13, finding 1): anything the database would refuse or change is a
 * `400 invalid_request` naming the field, decided before the database is touched. Before
 * the fix, a NUL or a lone surrogate got a 500, which clients retry forever.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../lib/sync/protocol';
import { BACKENDS, startTestServer, type TestServer } from './support/test-server';
import { account, body, note, put } from './support/values';

const T = '2026-11-22T14:03:11.201Z';
const conflictValue = (id: string, value: Record<string, unknown>) => ({
  id,
  collection: 'notes',
  key: 'n_1',
  op: 'put',
  value,
  baseVersion: null,
  currentVersion: 1,
  clientId: 'c_test',
  mutationId: 'm_1',
  clientTime: T,
  createdAt: T,
  updatedAt: T,
});
const nested = (levels: number) => {
  let v: Record<string, unknown> = {};
  for (let i = 0; i < levels; i++) v = { d: v };
  return v;
};

/** [title, request body as JSON text, field the message must name] */
const POISON: [string, () => string, string][] = [
  [
    'a NUL character in note text',
    () => JSON.stringify(body([put('n_p', null, note('n_p', 'before\u0000after'))])),
    'changes.0.value.text',
  ],
  [
    'a lone surrogate in note text (an emoji cut in half)',
    () => JSON.stringify(body([put('n_p', null, note('n_p', 'Great call 😀'.slice(0, -1)))])),
    'changes.0.value.text',
  ],
  [
    'a lone low surrogate in a record key',
    () => JSON.stringify(body([put('n_\uDC00', null, note('n_\uDC00'))])),
    'changes.0.key',
  ],
  [
    'a NUL in an object key of a value',
    () =>
      JSON.stringify(
        body([put('a_p', null, { ...account('a_p'), discovery: { 'x\u0000': 'y' } }, 'accounts')]),
      ),
    'changes.0.value.discovery',
  ],
  [
    'a number JSON cannot hold (1e400) inside a conflicts value',
    () =>
      JSON.stringify(body([put('x_p', null, conflictValue('x_p', { n: 7 }), 'conflicts')])).replace(
        '"n":7',
        '"n":1e400',
      ),
    'changes.0.value.value.n',
  ],
  [
    'a value nested 100 levels deep',
    () => JSON.stringify(body([put('x_p', null, conflictValue('x_p', nested(100)), 'conflicts')])),
    'changes.0.value.value',
  ],
  [
    'a body nested 10,000 levels deep',
    () =>
      JSON.stringify(body([put('x_p', null, conflictValue('x_p', { deep: 'HERE' }), 'conflicts')])).replace(
        '"HERE"',
        `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
      ),
    'body',
  ],
  [
    'a poison value after a valid change (the whole request is refused)',
    () => JSON.stringify(body([put('n_ok', null), put('n_p', null, note('n_p', 'a\u0000b'))])),
    'changes.1.value.text',
  ],
];

describe.each(BACKENDS)('poison values on %s', (backend) => {
  let server: TestServer;
  let token: string;
  let workspace: string;
  beforeAll(async () => {
    server = await startTestServer(backend);
    workspace = server.workspace();
    token = await server.token(workspace);
  });
  afterAll(() => server.close());

  const stored = () =>
    server.store.query('SELECT collection, key, version FROM records WHERE workspace = $1 ORDER BY key', [
      workspace,
    ]);

  it.each(POISON)('refuses %s with 400 invalid_request naming the field', async (_title, make, field) => {
    const before = await stored();
    const response = await server.sync(token, make());
    expect(response.status).toBe(400);
    const error = errorBodySchema.parse(await response.json()).error;
    expect(error.code).toBe('invalid_request');
    expect(error.message.startsWith(`${field}`)).toBe(true);
    expect(await stored()).toEqual(before);
    // The server keeps answering normally afterwards.
    expect((await server.sync(token, body([]))).status).toBe(200);
  });

  it('stores text with emoji, accents and other scripts as sent', async () => {
    const text = 'Великолепно 😀 — déjà vu, 日本語 𝄞';
    const response = await server.sync(token, body([put('n_fine', null, note('n_fine', text))]));
    expect(response.status).toBe(200);
    const [row] = await server.store.query<{ value: { text: string } }>(
      `SELECT value FROM records WHERE workspace = $1 AND key = 'n_fine'`,
      [workspace],
    );
    expect(row!.value.text).toBe(text);
  });
});

/**
 * Fuzzing (fast-check): 2,100 malformed or hostile requests. Every one gets a 4xx with the
 * JSON error body, the server keeps answering, and stored data is unchanged.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../lib/sync/protocol';
import { validateSyncRequest } from '../../server/sync/validate-request';
import { startTestServer, type TestServer } from './support/test-server';
import { body, note, put } from './support/values';

const RUNS = { mutated: 900, json: 500, raw: 400, routes: 300 };
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);

describe('fuzzing the sync endpoint', () => {
  let server: TestServer;
  let token: string;
  let snapshot: () => Promise<string>;
  let before: string;
  let total = 0;

  beforeAll(async () => {
    server = await startTestServer('pglite');
    const workspace = server.workspace();
    token = await server.token(workspace);
    await server.sync(token, body([put('n_keep', null), put('n_other', null, note('n_other', 'kept'))]));
    snapshot = async () =>
      JSON.stringify([
        await server.store.query(
          'SELECT workspace, collection, key, version, op, value FROM records ORDER BY workspace, collection, key',
        ),
        await server.store.query('SELECT id, version FROM workspaces ORDER BY id'),
        await server.store.query('SELECT count(*)::int AS n FROM mutations'),
      ]);
    before = await snapshot();
  });
  afterAll(async () => {
    console.log(`fuzz: ${total} hostile requests (seed ${SEED}), all 4xx with a JSON error body`);
    expect(await snapshot()).toBe(before);
    expect((await server.fetch('/v1/health')).status).toBe(200);
    await server.close();
  });

  async function expect4xx(response: Response) {
    total++;
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(errorBodySchema.safeParse(await response.json()).success).toBe(true);
  }

  const json = fc.jsonValue({ maxDepth: 3 });
  const notJsonObject = fc.oneof(
    fc.integer(),
    fc.string(),
    fc.boolean(),
    fc.constant(null),
    fc.array(json, { maxLength: 3 }),
  );
  const badString = (ok: RegExp) =>
    fc.oneof(
      fc.string({ maxLength: 200 }).filter((s) => !ok.test(s)),
      notJsonObject,
    );
  const breakers: Record<string, fc.Arbitrary<[string[], unknown]>> = {
    clientId: badString(/^[A-Za-z0-9_-]{1,64}$/).map((v) => [['clientId'], v]),
    cursor: fc
      .oneof(
        fc.string({ maxLength: 40 }).filter((s) => !/^c[0-9a-z]{1,11}$/.test(s)),
        fc.integer(),
      )
      .map((v) => [['cursor'], v]),
    changes: fc
      .oneof(fc.string(), fc.integer(), fc.dictionary(fc.string(), json))
      .map((v) => [['changes'], v]),
    mutationId: badString(/^[A-Za-z0-9_.:-]{1,128}$/).map((v) => [['changes', '0', 'mutationId'], v]),
    collection: fc
      .string()
      .filter(
        (s) => !['accounts', 'people', 'notes', 'evidence', 'diagnoses', 'playbook', 'conflicts'].includes(s),
      )
      .map((v) => [['changes', '0', 'collection'], v]),
    key: fc
      .oneof(fc.constant(''), fc.string({ minLength: 129, maxLength: 300 }), fc.integer())
      .map((v) => [['changes', '0', 'key'], v]),
    op: fc
      .string()
      .filter((s) => s !== 'put' && s !== 'delete')
      .map((v) => [['changes', '0', 'op'], v]),
    baseVersion: fc
      .oneof(fc.integer({ max: -1 }), fc.double({ noInteger: true }), fc.string())
      .map((v) => [['changes', '0', 'baseVersion'], v]),
    clientTime: fc
      .string({ maxLength: 40 })
      .filter((s) => Number.isNaN(Date.parse(s)))
      .map((v) => [['changes', '0', 'clientTime'], v]),
    value: notJsonObject.map((v) => [['changes', '0', 'value'], v]),
    text: fc
      .oneof(fc.integer(), fc.constant(null), fc.array(fc.string()))
      .map((v) => [['changes', '0', 'value', 'text'], v]),
    valueId: fc
      .string({ minLength: 1, maxLength: 20 })
      .filter((s) => s !== 'n_keep')
      .map((v) => [['changes', '0', 'value', 'id'], v]),
    extra: fc
      .string({ minLength: 1, maxLength: 10 })
      .filter((s) => !['clientId', 'cursor', 'changes'].includes(s))
      .map((k) => [[k], 1]),
  };

  function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
    let node = target;
    for (const part of path.slice(0, -1)) node = node[part] as Record<string, unknown>;
    node[path.at(-1)!] = value;
  }

  it(`refuses ${RUNS.mutated} valid requests broken in one field`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(...Object.values(breakers)), async ([path, value]) => {
        const request = structuredClone(body([put('n_keep', 1)])) as Record<string, unknown>;
        setPath(request, path, value);
        fc.pre(!accepted(request));
        await expect4xx(await server.sync(token, request));
      }),
      { numRuns: RUNS.mutated, seed: SEED },
    );
  });

  it(`refuses ${RUNS.json} arbitrary JSON bodies`, async () => {
    await fc.assert(
      fc.asyncProperty(json, async (value) => {
        fc.pre(!accepted(value));
        await expect4xx(await server.sync(token, value));
      }),
      { numRuns: RUNS.json, seed: SEED + 1 },
    );
  });

  it(`refuses ${RUNS.raw} raw bodies and forged Authorization headers`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 300 }),
        fc.string({ maxLength: 80 }),
        fc.boolean(),
        async (raw, auth, forge) => {
          fc.pre(forge || !accepted(safeParse(raw)));
          const response = await server.fetch('/v1/sync', {
            method: 'POST',
            headers: { Authorization: `Bearer ${forge ? auth : token}` },
            body: raw,
          });
          await expect4xx(response);
        },
      ),
      { numRuns: RUNS.raw, seed: SEED + 2 },
    );
  });

  it(`refuses ${RUNS.routes} unknown routes and methods`, async () => {
    const method = fc.constantFrom('GET', 'PUT', 'PATCH', 'DELETE', 'POST');
    const path = fc.oneof(
      fc.webPath(),
      fc.constantFrom('/v1/sync', '/v1/health', '/admin/tokens', '/v1', '/v2/sync'),
    );
    await fc.assert(
      fc.asyncProperty(method, path, async (m, p) => {
        fc.pre(!(m === 'POST' && p === '/v1/sync') && !(m === 'GET' && p === '/v1/health'));
        fc.pre(p.startsWith('/') && !p.startsWith('//'));
        await expect4xx(await server.fetch(p, { method: m, headers: { Authorization: `Bearer ${token}` } }));
      }),
      { numRuns: RUNS.routes, seed: SEED + 3 },
    );
  });
});

function accepted(value: unknown): boolean {
  try {
    validateSyncRequest(value);
    return true;
  } catch {
    return false;
  }
}

function safeParse(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** Auth, limits, rate limit, CORS and JSON errors on every path (sync-protocol.md, issue 4). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema, MAX_BODY_BYTES } from '../../lib/sync/protocol';
import { revokeToken } from '../../server/tokens';
import { BACKENDS, startTestServer, type TestServer } from './support/test-server';
import { body, note, put } from './support/values';

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const parsed = errorBodySchema.parse(await response.json());
  expect(parsed.error.code).toBe(code);
  return parsed.error.message;
}

describe.each(BACKENDS)('hardening on %s', (backend) => {
  let server: TestServer;
  let token: string;
  const warnings: string[] = [];
  beforeAll(async () => {
    const log = { info: () => undefined, warn: (m: string) => warnings.push(m), error: () => undefined };
    server = await startTestServer(backend, {
      log,
      rateLimit: { burst: 3, perSecond: 0.5 },
      adminSecret: 'admin-secret',
    });
    token = await server.token(server.workspace());
  });
  afterAll(() => server.close());

  it.each([
    ['no Authorization header', {}],
    ['a malformed header', { Authorization: 'Token abc' }],
    ['an unknown token', { Authorization: 'Bearer mtv_not-a-real-token' }],
  ])('refuses %s with 401 and logs the failure without the secret', async (_label, headers) => {
    const response = await server.fetch('/v1/sync', {
      method: 'POST',
      headers,
      body: JSON.stringify(body([])),
    });
    await expectError(response, 401, 'unauthorized');
    expect(warnings.at(-1)).toMatch(/^auth failed/);
    expect(warnings.join('\n')).not.toContain('mtv_not-a-real-token');
  });

  it('refuses a revoked token', async () => {
    const workspace = server.workspace();
    const revoked = await server.token(workspace);
    const [row] = await server.store.query<{ id: string }>('SELECT id FROM tokens WHERE workspace = $1', [
      workspace,
    ]);
    expect(await revokeToken(server.store, row!.id)).toBe(true);
    await expectError(await server.sync(revoked, body([])), 401, 'unauthorized');
  });

  it('never accepts a token in the URL', async () => {
    const response = await server.fetch(`/v1/sync?access_token=${token}`, { method: 'POST', body: '{}' });
    expect(await expectError(response, 400, 'invalid_request')).toContain('never accepted in a URL');
  });

  it('answers malformed JSON with 400 invalid_request', async () => {
    const fresh = await server.token(server.workspace());
    expect(await expectError(await server.sync(fresh, '{"clientId": '), 400, 'invalid_request')).toBe(
      'body: not valid JSON',
    );
  });

  it.each([
    ['more than 500 changes', () => body(Array.from({ length: 501 }, (_, i) => put(`n_${i}`, null)))],
    ['a value over 256 KiB', () => body([put('n_big', null, note('n_big', 'x'.repeat(300_000)))])],
  ])('refuses %s with 413 too_large', async (_label, make) => {
    const fresh = await server.token(server.workspace());
    await expectError(await server.sync(fresh, make()), 413, 'too_large');
  });

  it('refuses a body over 5 MiB with 413 before reading it all', async () => {
    const fresh = await server.token(server.workspace());
    const huge = JSON.stringify({
      clientId: 'c',
      cursor: null,
      changes: [],
      pad: 'x'.repeat(MAX_BODY_BYTES),
    });
    await expectError(await server.sync(fresh, huge), 413, 'too_large');
  });

  it('rate-limits per token with 429 and Retry-After', async () => {
    const limited = await server.token(server.workspace());
    const other = await server.token(server.workspace());
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 5; i++) {
      last = await server.sync(limited, body([]));
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses[4]).toBe(429);
    expect(Number(last!.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    await expectError(last!, 429, 'rate_limited');
    expect((await server.sync(other, body([]))).status).toBe(200);
  });

  it.each([
    ['GET', '/v1/nothing-here', 404, 'not_found'],
    ['GET', '/', 404, 'not_found'],
    ['GET', '/v1/sync', 405, 'method_not_allowed'],
    ['DELETE', '/v1/sync', 405, 'method_not_allowed'],
    ['POST', '/v1/health', 405, 'method_not_allowed'],
    ['GET', '/admin/tokens', 403, 'forbidden'],
  ] as const)('answers %s %s with %i and the JSON error body', async (method, path, status, code) => {
    await expectError(await server.fetch(path, { method }), status, code);
  });

  it('keeps the admin routes to loopback peers even with the right secret', async () => {
    const response = await server.fetch('/admin/tokens', { headers: { 'X-Motive-Admin': 'admin-secret' } });
    await expectError(response, 403, 'forbidden');
  });

  it.each(['chrome-extension://abcdefghijklmnop', 'moz-extension://0b5e7f44-1234-4c1d-9a9a-123456789abc'])(
    'answers the CORS preflight of the extension origin %s',
    async (origin) => {
      const response = await server.fetch('/v1/sync', {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type',
        },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe(origin);
      expect(response.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain('authorization');
    },
  );

  it('answers an extension origin on every answer, success or error, and varies on Origin', async () => {
    const origin = 'chrome-extension://abcdefghijklmnop';
    const own = await server.token(server.workspace());
    const pushed = await server.sync(own, body([put('n_cors', null)]), { Origin: origin });
    const refused = await server.sync('mtv_not-a-real-token', body([]), { Origin: origin });
    const page = await server.sync(own, body([]), { Origin: 'https://evil.example' });
    expect([pushed, refused, page].map((r) => r.status)).toEqual([200, 401, 200]);
    for (const response of [pushed, refused]) {
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe(origin);
      expect(response.headers.get('Vary')).toBe('Origin');
    }
    expect(page.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(page.headers.get('Vary')).toBe('Origin');
    expect(pushed.headers.get('Content-Type')).toBe('application/json');
  });

  it('gives web pages no CORS access', async () => {
    const response = await server.fetch('/v1/health', { headers: { Origin: 'https://evil.example' } });
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});

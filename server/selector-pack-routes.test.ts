/** GET /v1/selector-pack and its admin publication (sync-protocol.md, "Selector packs"). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACK_FORMAT } from '../lib/domain/selector-pack';
import { BACKENDS, startTestServer, type TestServer } from '../tests/sync/support/test-server';

const SECRET = 'admin-secret';
const LOOPBACK = { incoming: { socket: { remoteAddress: '127.0.0.1' } } };

const pack = (version: number, captionText = 'div.caption-2027') => ({
  format: PACK_FORMAT,
  version,
  publishedAt: '2026-12-03T10:00:00Z',
  apps: { meet: { selectors: { captionText: [captionText] }, labels: {} } },
});

describe.each(BACKENDS)('selector packs on %s', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend, { adminSecret: SECRET });
  });
  afterAll(() => server.close());

  const publish = (workspace: string, body: unknown, secret = SECRET) =>
    server.app.fetch(
      new Request(`http://127.0.0.1/admin/selector-pack/${workspace}`, {
        method: 'PUT',
        headers: { 'X-Motive-Admin': secret, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }),
      LOOPBACK,
    );
  const read = (token?: string) =>
    server.fetch('/v1/selector-pack', token ? { headers: { Authorization: `Bearer ${token}` } } : {});

  it('refuses a reader without a valid token', async () => {
    expect((await read()).status).toBe(401);
    expect((await read('mtv_not-a-real-token')).status).toBe(401);
  });

  it('answers { pack: null } before anything is published', async () => {
    const token = await server.token(server.workspace());
    const response = await read(token);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ pack: null });
  });

  it("serves the published pack to the workspace's tokens only", async () => {
    const workspace = server.workspace();
    expect((await publish(workspace, pack(1))).status).toBe(200);
    expect(await (await read(await server.token(workspace))).json()).toEqual({ pack: pack(1) });
    expect(await (await read(await server.token(server.workspace()))).json()).toEqual({ pack: null });
  });

  it.each([
    ['code instead of selectors', { ...pack(2), apps: { meet: { selectors: { captionText: 'x' } } } }],
    ['an unparseable selector', pack(2, 'div[[[')],
    ['an extra field', { ...pack(2), run: 'alert(1)' }],
  ])('refuses a malformed pack (%s) and keeps the published one', async (_title, body) => {
    const workspace = server.workspace();
    await publish(workspace, pack(1));
    const response = await publish(workspace, body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/refused/);
    expect(await (await read(await server.token(workspace))).json()).toEqual({ pack: pack(1) });
  });

  it('refuses a version that does not count up', async () => {
    const workspace = server.workspace();
    await publish(workspace, pack(3));
    expect((await publish(workspace, pack(3, 'div.other'))).status).toBe(409);
    expect((await publish(workspace, pack(4, 'div.other'))).status).toBe(200);
  });

  it('publishes only with the admin secret', async () => {
    expect((await publish(server.workspace(), pack(1), 'wrong')).status).toBe(403);
  });

  it('refuses writes on the public path', async () => {
    const token = await server.token(server.workspace());
    const response = await server.fetch('/v1/selector-pack', {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}` },
      body: JSON.stringify(pack(1)),
    });
    expect(response.status).toBe(405);
  });
});

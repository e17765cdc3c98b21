import type { DBCore } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { MotiveDatabase } from '@/lib/db/schema';
import { putSynced } from '@/lib/db/synced-write';
import type { SyncStatus } from '@/lib/messaging/protocol';
import { LEGACY_SYNC_CONFIG_KEY, SYNC_CONFIG_STATE_KEY } from '@/lib/sync/sync-config';
import { STATE_KEYS, readState } from '@/lib/sync/sync-state';
import type { FetchLike } from '@/lib/sync/transport';
import { createSyncController } from './sync-controller';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('sync controller', () => {
  const dbs: MotiveDatabase[] = [];
  const controllers: ReturnType<typeof createSyncController>[] = [];
  afterEach(async () => {
    for (const c of controllers.splice(0)) {
      await c.syncNow(); // let runs started by configure() finish before the database goes
      c.stop();
    }
    for (const db of dbs.splice(0)) await db.delete();
  });

  function setup(fetch: FetchLike, failCursorWrite = { on: false }) {
    const db = new MotiveDatabase(`ctl-${Math.random()}`);
    // A worker killed as the cursor is reset: that write fails.
    db.use({
      stack: 'dbcore',
      name: 'fail-cursor-write',
      create: (down: DBCore): DBCore => ({
        ...down,
        table(name) {
          const table = down.table(name);
          return {
            ...table,
            mutate: (req) =>
              failCursorWrite.on &&
              req.type === 'put' &&
              req.values.some((v: { key?: string }) => v.key === STATE_KEYS.cursor)
                ? Promise.reject(new Error('worker killed'))
                : table.mutate(req),
          };
        },
      }),
    });
    dbs.push(db);
    const notified: SyncStatus[] = [];
    const controller = createSyncController({
      db,
      now: () => new Date('2026-11-22T12:00:00Z'),
      fetch,
      notify: (s) => notified.push(s),
    });
    controllers.push(controller);
    return { db, controller, notified };
  }

  it('stores the endpoint and token where content scripts cannot reach them, never a plain-http remote endpoint', async () => {
    const { controller, db } = setup(() =>
      Promise.resolve(json(200, { results: [], changes: [], cursor: 'c0', more: false })),
    );
    await expect(
      controller.configure({ endpoint: 'http://sync.example.com', token: 'x'.repeat(20) }),
    ).rejects.toThrow(/https/);
    const status = await controller.configure({
      endpoint: 'https://sync.example.com/',
      token: 'x'.repeat(20),
    });
    expect(status.configured).toBe(true);
    expect(await readState(db, SYNC_CONFIG_STATE_KEY)).toEqual({
      endpoint: 'https://sync.example.com',
      token: 'x'.repeat(20),
    });
    // storage.local is readable and writable by every content script: nothing secret there.
    expect(await browser.storage.local.get(null)).toEqual({});
    expect((await controller.configure({ endpoint: null })).configured).toBe(false);
  });

  it('never keeps a new endpoint beside the previous server’s cursor: both change together or neither', async () => {
    const failCursorWrite = { on: false };
    const { controller, db } = setup(
      () => Promise.resolve(json(200, { results: [], changes: [], cursor: 'c0', more: false })),
      failCursorWrite,
    );
    await controller.configure({ endpoint: 'https://a.example.com', token: 'x'.repeat(20) });
    await controller.syncNow();
    expect(await readState(db, STATE_KEYS.cursor)).toBe('c0');

    failCursorWrite.on = true;
    await expect(
      controller.configure({ endpoint: 'https://b.example.com', token: 'y'.repeat(20) }),
    ).rejects.toThrow();
    failCursorWrite.on = false;

    expect(await readState(db, SYNC_CONFIG_STATE_KEY)).toEqual({
      endpoint: 'https://a.example.com',
      token: 'x'.repeat(20),
    });
    expect(await readState(db, STATE_KEYS.cursor)).toBe('c0');
  });

  it('syncs on demand: pushes the outbox with the token in the header only, and reports the status', async () => {
    const requests: { url: string; auth: string | null; body: { changes: unknown[] } }[] = [];
    const { db, controller, notified } = setup(async (url, init) => {
      const request = new Request(url, init);
      const body = (await request.json()) as { changes: { mutationId: string }[] };
      requests.push({ url, auth: request.headers.get('Authorization'), body });
      const results = body.changes.map((c, i) => ({
        mutationId: c.mutationId,
        status: 'applied',
        version: i + 1,
      }));
      return json(200, { results, changes: [], cursor: 'c1', more: false });
    });
    await controller.configure({ endpoint: 'https://sync.example.com', token: 'secret-token-123456' });
    await putSynced(
      db,
      'playbook',
      {
        id: 'pb_1',
        kind: 'say',
        title: 't',
        text: 'x',
        motivations: {},
        updatedAt: '2026-11-22T12:00:00.000Z',
      },
      { clientTime: '2026-11-22T12:00:00.000Z' },
    );
    const status = await controller.syncNow();
    const last = requests.at(-1)!;
    expect(last.url).toBe('https://sync.example.com/v1/sync');
    expect(last.url).not.toContain('secret');
    expect(last.auth).toBe('Bearer secret-token-123456');
    expect(status).toMatchObject({
      configured: true,
      pending: 0,
      inFlight: false,
      lastError: null,
      lastSyncAt: '2026-11-22T12:00:00.000Z',
    });
    expect((await db.syncState.get(STATE_KEYS.cursor))?.value).toBe('c1');
    expect(notified.length).toBeGreaterThan(0);
  });

  it('records a readable last error when the server refuses the token', async () => {
    const { controller } = setup(() =>
      Promise.resolve(json(401, { error: { code: 'unauthorized', message: 'no' } })),
    );
    await controller.configure({ endpoint: 'https://sync.example.com', token: 'wrong-token-1234567' });
    const status = await controller.syncNow();
    expect(status.lastError).toMatch(/refused the token/);
  });

  it.each([
    [json(401, { error: { code: 'unauthorized', message: 'no' } }), false, /refused the token/],
    [json(200, { ok: true, version: 'v1' }), true, /Connected/],
  ])('tests a connection without saving it (%#)', async (syncAnswer, ok, message) => {
    const { controller, db } = setup((url) =>
      Promise.resolve(
        url.endsWith('/v1/health')
          ? json(200, { ok: true, version: 'srv 1' })
          : ok
            ? json(200, { results: [], changes: [], cursor: 'c0', more: false })
            : syncAnswer,
      ),
    );
    const result = await controller.testConnection({ endpoint: 'https://sync.example.com', token: 't' });
    expect(result.ok).toBe(ok);
    expect(result.message).toMatch(message);
    expect(await readState(db, SYNC_CONFIG_STATE_KEY)).toBeUndefined();
  });

  it('moves a config an older version left in storage.local into the database, and erases it there', async () => {
    const { controller, db } = setup(() =>
      Promise.resolve(json(200, { results: [], changes: [], cursor: 'c0', more: false })),
    );
    await browser.storage.local.set({
      [LEGACY_SYNC_CONFIG_KEY]: { endpoint: 'https://sync.example.com', token: 'legacy-token-123456' },
    });
    expect((await controller.status()).configured).toBe(true);
    expect(await readState(db, SYNC_CONFIG_STATE_KEY)).toEqual({
      endpoint: 'https://sync.example.com',
      token: 'legacy-token-123456',
    });
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  it('erases, and never adopts, an invalid config planted in storage.local', async () => {
    const { controller, db } = setup(() => Promise.resolve(json(500, {})));
    await browser.storage.local.set({
      [LEGACY_SYNC_CONFIG_KEY]: { endpoint: 'http://attacker.example', token: 'x'.repeat(20) },
    });
    expect((await controller.status()).configured).toBe(false);
    expect(await readState(db, SYNC_CONFIG_STATE_KEY)).toBeUndefined();
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  it('ignores an endpoint a content script writes to storage.local after the move', async () => {
    const requests: string[] = [];
    const { controller } = setup((url) => {
      requests.push(url);
      return Promise.resolve(json(200, { results: [], changes: [], cursor: 'c0', more: false }));
    });
    await controller.configure({ endpoint: 'https://sync.example.com', token: 'x'.repeat(20) });
    await browser.storage.local.set({
      [LEGACY_SYNC_CONFIG_KEY]: { endpoint: 'https://attacker.example', token: 'y'.repeat(20) },
    });
    await controller.syncNow();
    expect(requests.every((url) => url.startsWith('https://sync.example.com/'))).toBe(true);
    expect(requests.length).toBeGreaterThan(0);
  });
});

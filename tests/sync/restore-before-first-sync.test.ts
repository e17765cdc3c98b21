/**
 * A backup restored into a profile that has never synced queues no outbox entries, yet its
 * first sync pushes every record: a second profile pulls exactly the restored data.
 * Hand-written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FULL_RECORDS } from '@/tests/fixtures/db/records';
import { exportBackup, importBackup } from '../../lib/db/backup';
import { putSynced } from '../../lib/db/synced-write';
import { SYNC_COLLECTIONS } from '../../lib/domain/vocabulary';
import { createTestClient, fetchFrom, steppingClock, type TestClient } from './support/test-client';
import { startTestServer, type TestServer } from './support/test-server';

describe('restore before the first sync', () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  const clock = steppingClock();
  beforeAll(async () => {
    server = await startTestServer('pglite');
  });
  afterAll(async () => {
    for (const c of clients) await c.close();
    await server.close();
  });

  it('loses nothing: the first sync pushes every restored record and another profile pulls them', async () => {
    const token = await server.token(server.workspace());
    const [source, a, b] = ['source', 'a', 'b'].map((name) =>
      createTestClient(name, token, fetchFrom(server.app), clock),
    ) as [TestClient, TestClient, TestClient];
    clients.push(source, a, b);
    for (const c of SYNC_COLLECTIONS)
      await putSynced(source.db, c, FULL_RECORDS[c], { clientTime: clock().toISOString() });

    await importBackup(a.db, await exportBackup(source.db, clock()), clock());
    expect(await a.db.outbox.count()).toBe(0);

    expect((await a.sync()).pushed).toBe(SYNC_COLLECTIONS.length);
    await b.sync();
    const pulled = await b.snapshot();
    const restored = await source.snapshot();
    for (const c of SYNC_COLLECTIONS) {
      const strip = (rows: unknown[]) => rows.map((r) => ({ ...(r as object), serverVersion: undefined }));
      expect(strip(pulled[c]!)).toEqual(strip(restored[c]!));
    }
    expect(await a.db.outbox.count()).toBe(0);
  });
});

/**
 * The background's sync controller: the engine, its scheduler, the stored endpoint and the
 * status shown in the panel and options page.
 */
import type { MotiveDatabase } from '@/lib/db/schema';
import type { SyncStatus } from '@/lib/messaging/protocol';
import { createSyncEngine } from '@/lib/sync/engine';
import { createScheduler } from '@/lib/sync/scheduler';
import { checkEndpoint, readSyncConfig, writeSyncConfig } from '@/lib/sync/sync-config';
import { STATE_KEYS, readState, writeState } from '@/lib/sync/sync-state';
import { getHealth, postSync, type FetchLike } from '@/lib/sync/transport';

export interface SyncControllerDeps {
  db: MotiveDatabase;
  now: () => Date;
  fetch?: FetchLike;
  notify: (status: SyncStatus) => void;
}

export function createSyncController({
  db,
  now,
  notify,
  fetch = (u, i) => globalThis.fetch(u, i),
}: SyncControllerDeps) {
  const engine = createSyncEngine({ db, fetch, now });
  const scheduler = createScheduler({
    async run(progress) {
      const config = await readSyncConfig(db);
      if (config === null) return;
      void status().then(notify);
      return (await engine.run({ url: config.endpoint, token: config.token }, progress)).settled;
    },
    onIdle: () => void status().then(notify),
  });

  async function status(): Promise<SyncStatus> {
    return {
      configured: (await readSyncConfig(db)) !== null,
      lastSyncAt: (await readState<string>(db, STATE_KEYS.lastSyncAt)) ?? null,
      pending: await db.outbox.count(),
      inFlight: scheduler.running,
      lastError: (await readState<string>(db, STATE_KEYS.lastError)) ?? null,
    };
  }

  return {
    status,
    async syncNow(): Promise<SyncStatus> {
      await scheduler.now();
      return status();
    },
    syncSoon: () => scheduler.soon(),
    /** Cancels any scheduled retry (tests, shutdown). */
    stop: () => scheduler.stop(),

    /** Saves (or clears) the endpoint and token. A new endpoint starts from a full pull. */
    async configure(data: { endpoint: string; token: string } | { endpoint: null }): Promise<SyncStatus> {
      if (data.endpoint === null) {
        await writeSyncConfig(db, null);
      } else {
        const endpoint = checkEndpoint(data.endpoint);
        if (!endpoint.ok) throw new Error(endpoint.reason);
        const before = await readSyncConfig(db);
        // One transaction: a new endpoint is never saved beside the previous server's cursor
        // (a worker killed in between would have pulled from the wrong place), and one round
        // trip to storage instead of three before the first sync starts.
        await db.transaction('rw', db.syncState, async () => {
          await writeSyncConfig(db, { endpoint: endpoint.url, token: data.token });
          if (before?.endpoint !== endpoint.url) await writeState(db, STATE_KEYS.cursor, null);
          await writeState(db, STATE_KEYS.lastError, null);
        });
        void scheduler.now();
      }
      const current = await status();
      notify(current);
      return current;
    },

    /** Checks an endpoint and token without saving them. */
    async testConnection(data: { endpoint: string; token: string }) {
      const endpoint = checkEndpoint(data.endpoint);
      if (!endpoint.ok) return { ok: false, message: endpoint.reason };
      try {
        const serverVersion = await getHealth(fetch, endpoint.url);
        await postSync(
          fetch,
          { url: endpoint.url, token: data.token },
          { clientId: 'connection-test', cursor: null, changes: [] },
        );
        return { ok: true, message: 'Connected: the server accepted the token.', serverVersion };
      } catch (error) {
        const status = (error as { status?: number }).status;
        const message =
          status === 401
            ? 'The server is reachable but refused the token.'
            : `Could not sync with this endpoint: ${(error as Error).message}`;
        return { ok: false, message };
      }
    },
  };
}
export type SyncControllerImpl = ReturnType<typeof createSyncController>;

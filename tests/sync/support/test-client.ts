/**
 * An extension profile in memory: its own Dexie database (fake-indexeddb), repositories and
 * sync engine, talking to a test server's handler through an injectable fetch.
 */
import { randomBytes } from 'node:crypto';
import { createRepositories } from '../../../lib/db/repositories';
import { MotiveDatabase } from '../../../lib/db/schema';
import { createSyncEngine } from '../../../lib/sync/engine';
import { recordId } from '../../../lib/sync/queued-edits';
import { newestVersion } from '../../../lib/sync/server-versions';
import type { FetchLike } from '../../../lib/sync/transport';

export interface TestClient {
  name: string;
  db: MotiveDatabase;
  repos: ReturnType<typeof createRepositories>;
  /** One sync with the client's current fetch. */
  sync(): ReturnType<ReturnType<typeof createSyncEngine>['run']>;
  /** Replaces the transport (fault injection). */
  setFetch(fetch: FetchLike): void;
  /** Simulates a killed service worker: a new engine over the same database. */
  restart(): void;
  /**
   * Live records of every synced table, without local bookkeeping, each at its newest server
   * version (the row's own field or the acknowledged one: lib/sync/server-versions.ts).
   */
  snapshot(): Promise<Record<string, unknown[]>>;
  close(): Promise<void>;
}

export function fetchFrom(handler: { fetch: (r: Request) => Response | Promise<Response> }): FetchLike {
  return async (url, init) => handler.fetch(new Request(url, init));
}

export function createTestClient(
  name: string,
  token: string,
  fetch: FetchLike,
  now: () => Date,
  randomId?: () => string,
): TestClient {
  const db = new MotiveDatabase(`${name}-${randomBytes(4).toString('hex')}`);
  const repos = createRepositories({ db, now });
  let transport = fetch;
  const makeEngine = () => createSyncEngine({ db, fetch: (u, i) => transport(u, i), now, randomId });
  let engine = makeEngine();
  const endpoint = { url: 'http://127.0.0.1:8787', token };
  return {
    name,
    db,
    repos,
    sync: () => engine.run(endpoint),
    setFetch(next) {
      transport = next;
    },
    restart() {
      engine = makeEngine();
    },
    async snapshot() {
      const out: Record<string, unknown[]> = {};
      for (const table of SYNCED) out[table] = await liveRecords(db, table);
      return out;
    },
    async close() {
      db.close();
      await db.delete();
    },
  };
}

const SYNCED = ['accounts', 'people', 'notes', 'evidence', 'diagnoses', 'playbook', 'conflicts'] as const;

/**
 * The live rows of one synced table, sorted by id, without their search words, each at its
 * newest server version (the row's own field or the acknowledged one: lib/sync/server-versions.ts).
 */
export async function liveRecords(
  db: MotiveDatabase,
  table: (typeof SYNCED)[number],
): Promise<Record<string, unknown>[]> {
  const [rows, pages] = await Promise.all([
    db.table<Record<string, unknown>>(table).toArray(),
    db.acknowledgements.toArray(),
  ]);
  const versions = new Map(pages.flatMap((p) => p.ids.map((id, i) => [id, p.versions[i]!] as const)));
  return rows
    .filter((r) => r.deleted === 0)
    .map(({ words: _w, ...rest }): Record<string, unknown> => ({
      ...rest,
      serverVersion: newestVersion(
        rest.serverVersion as number | null,
        versions.get(recordId(table, String(rest.id))),
      ),
    }))
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

/** A clock that moves one second per call, from a fixed start. */
export function steppingClock(start = Date.parse('2026-11-22T09:00:00.000Z')): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}

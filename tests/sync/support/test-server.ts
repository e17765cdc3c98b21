/**
 * A sync server for tests: one migrated PGlite template built once per worker and loaded
 * per harness (fast), or PostgreSQL when `backend` is 'postgres' (TEST_DATABASE_URL).
 * Every harness works in fresh, uniquely named workspaces, so suites never see each other.
 */
import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { createApp, type AppOptions } from '../../../server/app';
import { migrate } from '../../../server/store/migrations';
import { openPgliteStore } from '../../../server/store/pglite-store';
import { openPostgresStore } from '../../../server/store/postgres-store';
import type { SqlStore } from '../../../server/store/sql-store';
import { createToken } from '../../../server/tokens';

export type Backend = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export const BACKENDS: Backend[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

let template: Promise<Blob> | undefined;

export function pgliteTemplate(): Promise<Blob> {
  template ??= dumpMigrated();
  return template;
}

async function dumpMigrated(): Promise<Blob> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create();
  const store: SqlStore = {
    kind: 'pglite',
    query: async (text, params = []) => (await db.query(text, params)).rows as never,
    transaction: (work) =>
      db.transaction((tx) => work({ query: async (t, p = []) => (await tx.query(t, p)).rows as never })),
    close: () => db.close(),
  };
  await migrate(store);
  const blob = await db.dumpDataDir('none');
  await db.close();
  return blob;
}

export async function openTestStore(backend: Backend): Promise<SqlStore> {
  if (backend === 'postgres') {
    const store = openPostgresStore(process.env.TEST_DATABASE_URL!);
    await migrate(store);
    return store;
  }
  return openPgliteStore({ template: await pgliteTemplate() });
}

export interface TestServer {
  store: SqlStore;
  app: Hono;
  /** A new workspace name, unique to this run. */
  workspace(label?: string): string;
  token(workspace: string, user?: string): Promise<string>;
  /** Calls the app in memory. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  sync(token: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export async function startTestServer(
  backend: Backend,
  options: Partial<AppOptions> = {},
): Promise<TestServer> {
  const store = await openTestStore(backend);
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const app = createApp({ store, log: quiet, rateLimit: false, ...options });
  const run = randomBytes(4).toString('hex');
  let n = 0;
  const fetch = async (path: string, init?: RequestInit) =>
    app.fetch(new Request(`http://127.0.0.1${path}`, init));
  return {
    store,
    app,
    workspace: (label = 'ws') => `${label}-${run}-${n++}`,
    async token(workspace, user = 'rep') {
      return (await createToken(store, workspace, user)).token;
    },
    fetch,
    sync: (token, body, headers = {}) =>
      fetch('/v1/sync', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    close: () => store.close(),
  };
}

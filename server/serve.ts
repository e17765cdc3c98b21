/**
 * Runs the server: lock the data directory (PGlite), open and migrate the store, listen,
 * and on close stop accepting, finish in-flight requests, then close the store.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { acquireDataDirLock, adminSecret } from './data-dir-lock';
import type { Logger } from './http/auth';
import { answerClientErrorsWithJson } from './http/client-errors';
import type { RateLimitOptions } from './http/rate-limit';
import { openStore, type StoreLocation } from './store/open-store';
import type { SqlStore } from './store/sql-store';

export interface ServeOptions extends StoreLocation {
  host?: string;
  port?: number;
  log?: Logger;
  rateLimit?: RateLimitOptions | false;
  authFailureLimit?: RateLimitOptions | false;
  /** How long a request body may take to arrive (default 60 s). */
  bodyTimeoutMs?: number;
  /** How long request headers may take to arrive (default 20 s). */
  headersTimeoutMs?: number;
  /** An already open store (tests, embedding); the data directory is then not opened or locked. */
  store?: SqlStore;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const usesPglite = !options.databaseUrl && options.store === undefined;
  // The lock is taken before the directory is opened and rewritten with the real port below.
  let release = usesPglite ? acquireDataDirLock(options.dataDir) : () => undefined;
  try {
    const store = options.store ?? (await openStore(options));
    const app = createApp({
      store,
      log: options.log,
      rateLimit: options.rateLimit,
      authFailureLimit: options.authFailureLimit,
      bodyTimeoutMs: options.bodyTimeoutMs,
      adminSecret: adminSecret(options.dataDir),
    });
    const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 8787 }, () => resolve(s));
      s.once('error', reject);
    });
    answerClientErrorsWithJson(server as Server, { headersMs: options.headersTimeoutMs });
    const port = (server.address() as AddressInfo).port;
    if (usesPglite) {
      release();
      release = acquireDataDirLock(options.dataDir, { port, host });
    }
    let closing: Promise<void> | undefined;
    return {
      url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
      port,
      close() {
        closing ??= (async () => {
          await new Promise<void>((resolve) => {
            server.close(() => resolve());
            // Keep-alive sockets with no request in flight would hold close() open forever.
            if ('closeIdleConnections' in server) server.closeIdleConnections();
          });
          await store.close();
          release();
        })();
        return closing;
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

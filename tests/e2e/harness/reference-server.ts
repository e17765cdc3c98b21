/**
 * The reference sync server for e2e specs (Chromium and Firefox alike): a fresh PGlite data
 * directory, one workspace with a rep's token, listening on a free local port. One helper, so
 * every spec starts the server the same way and cleans up the same way.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../../server/serve';
import { openStore } from '../../../server/store/open-store';
import type { SqlStore } from '../../../server/store/sql-store';
import { createToken } from '../../../server/tokens';

export interface ReferenceServer {
  url: string;
  /** A rep's bearer token for `workspace`. */
  token: string;
  workspace: string;
  /** The server's store, for specs that publish to it directly (selector packs). */
  store: SqlStore;
  /** Stops the server (which closes its store) and removes the data directory. */
  close(): Promise<void>;
}

export async function startReferenceServer(workspace = 'e2e-team'): Promise<ReferenceServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'motive-e2e-server-'));
  const store = await openStore({ dataDir });
  const { token } = await createToken(store, workspace, 'rep');
  const log = { info: () => undefined, warn: () => undefined, error: console.error };
  const server = await startServer({ port: 0, dataDir, store, log });
  return {
    url: server.url,
    token,
    workspace,
    store,
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

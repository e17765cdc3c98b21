import { join } from 'node:path';
import { migrate } from './migrations';
import { openPgliteStore } from './pglite-store';
import { openPostgresStore } from './postgres-store';
import type { SqlStore } from './sql-store';

export interface StoreLocation {
  /** PGlite data directory (its database lives in `<dataDir>/pgdata`). */
  dataDir: string;
  /** When set, PostgreSQL is used instead of PGlite. */
  databaseUrl?: string;
  /** PostgreSQL only: prepared statements (default on; off behind an old PgBouncer). */
  preparedStatements?: boolean;
}

/** Opens the configured store and brings its schema up to date. */
export async function openStore(location: StoreLocation): Promise<SqlStore> {
  const store =
    location.databaseUrl !== undefined && location.databaseUrl !== ''
      ? openPostgresStore(location.databaseUrl, { prepare: location.preparedStatements ?? true })
      : await openPgliteStore({ dataDir: join(location.dataDir, 'pgdata') });
  try {
    await migrate(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

import { PGlite } from '@electric-sql/pglite';
import { ownerOnlyDir, restrictToOwner } from './owner-only';
import type { Sql, SqlStore } from './sql-store';

export interface PgliteOptions {
  /** Data directory; omitted = in memory. */
  dataDir?: string;
  /** A dumped data directory to start from (tests: one migrated template, loaded fast). */
  template?: Blob;
}

/** Embedded PostgreSQL (WASM). One process per data directory: see data-dir-lock.ts. */
export async function openPgliteStore(options: PgliteOptions = {}): Promise<SqlStore> {
  const dir = options.dataDir;
  if (dir !== undefined) ownerOnlyDir(dir);
  const db = await PGlite.create({
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    ...(options.template === undefined ? {} : { loadDataDir: options.template }),
  });
  if (dir !== undefined) restrictToOwner(dir);
  const wrap = (q: Pick<PGlite, 'query'>): Sql => ({
    async query<T>(text: string, params: unknown[] = []) {
      return (await q.query<T>(text, params)).rows;
    },
  });
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    async close() {
      await db.close();
      if (dir !== undefined) restrictToOwner(dir);
    },
  };
}

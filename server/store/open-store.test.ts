import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../tests/sync/support/test-server';
import { openStore } from './open-store';

const dataDir = mkdtempSync(join(tmpdir(), 'motive-open-store-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('openStore', () => {
  // PostgreSQL behind a PgBouncer older than 1.21 needs plain statements: the same queries
  // must work with prepared statements off (PGlite ignores the setting).
  it.each(BACKENDS)('answers parameterised queries with prepared statements off (%s)', async (backend) => {
    const store = await openStore({
      dataDir: join(dataDir, backend),
      ...(backend === 'postgres' ? { databaseUrl: process.env.TEST_DATABASE_URL! } : {}),
      preparedStatements: false,
    });
    try {
      for (let i = 0; i < 7; i++) {
        const [row] = await store.query<{ n: number }>('SELECT $1::int + 1 AS n', [i]);
        expect(Number(row!.n)).toBe(i + 1);
      }
      if (backend === 'postgres') {
        // On one connection: a parameterised query leaves no named statement behind.
        const prepared = await store.transaction(async (sql) => {
          await sql.query('SELECT $1::int AS n', [1]);
          return sql.query<{ n: string }>('SELECT count(*) AS n FROM pg_prepared_statements');
        });
        expect(Number(prepared[0]!.n)).toBe(0);
      }
    } finally {
      await store.close();
    }
  });
});

import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Sql, SqlStore } from './sql-store';

/**
 * Connections per server instance: enough for 16 clients pushing at once each to hold one
 * for its transaction without queueing behind the others (tests/bench/server-throughput).
 */
export const POOL_SIZE = 20;

/**
 * Statements with parameters are prepared once per connection under a name derived from
 * their text (node-postgres `name`), so a request's statements are parsed and planned once
 * per connection instead of on every call: PostgreSQL's CPU per 10-note push went from
 * 1.75 to 0.95 ms (tests/bench/server-throughput, 16 clients). The server's statements are a
 * fixed set. Behind PgBouncer in transaction mode, named statements need its
 * max_prepared_statements (PgBouncer 1.21 and later); `prepare: false` turns them off.
 */
const names = new Map<string, string>();
function preparedName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `s_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

export interface PostgresOptions {
  poolSize?: number;
  /** Prepare statements with parameters (default true). */
  prepare?: boolean;
}

/** A PostgreSQL server (DATABASE_URL). Several server instances may share it. */
export function openPostgresStore(connectionString: string, options: PostgresOptions = {}): SqlStore {
  const pool = new pg.Pool({ connectionString, max: options.poolSize ?? POOL_SIZE });
  const prepare = options.prepare ?? true;
  // An idle client losing its connection must not crash the process.
  pool.on('error', (error) => console.error(`postgres pool: ${error.message}`));
  const wrap = (client: pg.Pool | pg.PoolClient): Sql => ({
    async query<T>(text: string, params: unknown[] = []) {
      const result =
        prepare && params.length > 0
          ? await client.query({ name: preparedName(text), text, values: params })
          : await client.query(text, params);
      return result.rows as T[];
    },
  });
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * Where the server keeps its data, from the environment: PGlite in the data directory, or
 * PostgreSQL when DATABASE_URL is set. DATABASE_PREPARED_STATEMENTS=off turns prepared
 * statements off, for a PgBouncer in transaction mode older than 1.21 (no
 * max_prepared_statements). Read once by the CLI, the entry point.
 */
import type { StoreLocation } from './open-store';

export function storeLocationFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  dataDir: string,
): StoreLocation {
  const prepared = env.DATABASE_PREPARED_STATEMENTS;
  if (prepared !== undefined && prepared !== 'on' && prepared !== 'off')
    throw new Error(
      'DATABASE_PREPARED_STATEMENTS: use on or off (off for PgBouncer before 1.21 in transaction mode)',
    );
  return {
    dataDir,
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(prepared === undefined ? {} : { preparedStatements: prepared === 'on' }),
  };
}

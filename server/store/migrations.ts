/**
 * Versioned schema migrations, identical on PGlite and PostgreSQL. Never edit a released
 * migration: append a new one. Applied ones are listed in `schema_migrations`.
 */
import { PLANNED_ONCE } from './planned-once';
import { PUSH_BATCH } from './push-batch';
import { PUSH_FUNCTIONS } from './push-functions';
import { PUSH_THEN_PULL } from './push-then-pull';
import type { SqlStore } from './sql-store';

const MIGRATIONS: { version: number; sql: string[] }[] = [
  {
    version: 1,
    sql: [
      `CREATE TABLE workspaces (
         id text PRIMARY KEY,
         version bigint NOT NULL DEFAULT 0
       )`,
      `CREATE TABLE tokens (
         id text PRIMARY KEY,
         hash text NOT NULL UNIQUE,
         workspace text NOT NULL,
         user_id text NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         revoked_at timestamptz
       )`,
      `CREATE TABLE records (
         workspace text NOT NULL,
         collection text NOT NULL,
         key text NOT NULL,
         version bigint NOT NULL,
         op text NOT NULL,
         value jsonb,
         updated_at timestamptz NOT NULL,
         updated_by text NOT NULL,
         PRIMARY KEY (workspace, collection, key)
       )`,
      `CREATE INDEX records_by_version ON records (workspace, version)`,
      `CREATE TABLE mutations (
         workspace text NOT NULL,
         client_id text NOT NULL,
         mutation_id text NOT NULL,
         status text NOT NULL,
         version bigint NOT NULL,
         PRIMARY KEY (workspace, client_id, mutation_id)
       )`,
    ],
  },
  {
    // Rate limits live in the database so they hold across instances (server/http/rate-limit.ts).
    version: 2,
    sql: [
      `CREATE TABLE rate_limits (
         key text PRIMARY KEY,
         tokens double precision NOT NULL,
         at bigint NOT NULL,
         allowed boolean NOT NULL
       )`,
    ],
  },
  {
    // A bucket is not worth a disk flush: each request's take was a committed write waiting
    // on the WAL. Unlogged, a take commits without one. A crash empties the table and a
    // standby never had it, so after either every bucket starts full again: for a limit,
    // the same as a quiet hour (server/http/rate-limit.ts).
    version: 3,
    sql: ['ALTER TABLE rate_limits SET UNLOGGED'],
  },
  {
    // A push as one statement, its own transaction (server/store/push-functions.ts).
    version: 4,
    sql: PUSH_FUNCTIONS,
  },
  {
    // The push is planned for each call, not once per connection: a generic plan made while
    // a workspace (or the whole table) was small and not yet analysed looked records up
    // through records_by_version and read every row of the workspace for each change. In a
    // fresh database that cost 15 ms of PostgreSQL CPU a push instead of 1.6 ms
    // (server-throughput bench, 1 client); planning each call costs about 0.4 ms.
    version: 5,
    sql: [
      `ALTER FUNCTION motive_push(text, text, text, bigint, jsonb, text, integer, integer)
         SET plan_cache_mode = force_custom_plan`,
    ],
  },
  {
    // Planned once per connection again; a record is only ever found by primary key, whatever
    // the statistics (server/store/planned-once.ts).
    version: 6,
    sql: PLANNED_ONCE,
  },
  {
    // A push and the pull after its commit in one round trip (server/store/push-then-pull.ts).
    version: 7,
    sql: [PUSH_THEN_PULL],
  },
  {
    // A workspace's waiting pushes in one round trip and one commit (server/store/push-batch.ts).
    version: 8,
    sql: [PUSH_BATCH],
  },
];

/** Brings the schema up to date. Safe to run from several instances at once (advisory lock). */
export async function migrate(store: SqlStore): Promise<number> {
  await store.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  let applied = 0;
  for (const migration of MIGRATIONS) {
    await store.transaction(async (sql) => {
      await sql.query('SELECT pg_advisory_xact_lock(774411)');
      const done = await sql.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (done.length > 0) return;
      for (const statement of migration.sql) await sql.query(statement);
      await sql.query('INSERT INTO schema_migrations (version) VALUES ($1)', [migration.version]);
      applied++;
    });
  }
  return applied;
}

/** The latest schema version this server knows. */
export const SCHEMA_VERSION = MIGRATIONS.length;

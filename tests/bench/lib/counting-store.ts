/**
 * A store wrapper that counts SQL round trips and the time spent waiting on them: a cheap
 * profile of the server, enough to tell SQL-bound from JavaScript-bound requests.
 */
import type { Sql, SqlStore } from '../../../server/store/sql-store';

export interface SqlTally {
  queries: number;
  sqlMs: number;
}

export function countingStore(store: SqlStore): { store: SqlStore; tally: SqlTally } {
  const tally: SqlTally = { queries: 0, sqlMs: 0 };
  const timed = (sql: Sql): Sql => ({
    async query(text, params) {
      const t0 = performance.now();
      try {
        return await sql.query(text, params);
      } finally {
        tally.queries++;
        tally.sqlMs += performance.now() - t0;
      }
    },
  });
  const wrapped: SqlStore = {
    kind: store.kind,
    ...timed(store),
    transaction: (work) => store.transaction((sql) => work(timed(sql))),
    close: () => store.close(),
  };
  return { store: wrapped, tally };
}

/**
 * A store wrapper that counts SQL round trips and the time spent waiting on them: a cheap
 * profile of the server, enough to tell SQL-bound from JavaScript-bound requests. It also
 * keeps the time per statement (named by its first words) and per transaction's BEGIN and
 * COMMIT, which are round trips of their own that the statements' count leaves out.
 */
import type { Sql, SqlStore } from '../../../server/store/sql-store';

export interface SqlTally {
  /** Statements sent (BEGIN and COMMIT not included: see `transactions`). */
  queries: number;
  sqlMs: number;
  /** Transactions run: each costs a BEGIN and a COMMIT round trip more. */
  transactions: number;
  /** Time from asking for a transaction to its first statement, plus from its last to its end. */
  beginCommitMs: number;
  /** Per statement, by its first words: how many and how long. */
  byStatement: Map<string, { count: number; ms: number }>;
}

/** "INSERT INTO rate_limits", "WITH written AS": enough words to tell statements apart. */
export function statementLabel(text: string): string {
  return text.trim().split(/\s+/).slice(0, 4).join(' ').replace(/\(.*$/, '');
}

export function countingStore(store: SqlStore): { store: SqlStore; tally: SqlTally } {
  const tally: SqlTally = { queries: 0, sqlMs: 0, transactions: 0, beginCommitMs: 0, byStatement: new Map() };
  const timed = (sql: Sql): Sql => ({
    async query(text, params) {
      const t0 = performance.now();
      try {
        return await sql.query(text, params);
      } finally {
        const ms = performance.now() - t0;
        tally.queries++;
        tally.sqlMs += ms;
        const label = statementLabel(text);
        const entry = tally.byStatement.get(label) ?? { count: 0, ms: 0 };
        entry.count++;
        entry.ms += ms;
        tally.byStatement.set(label, entry);
      }
    },
  });
  const wrapped: SqlStore = {
    kind: store.kind,
    ...timed(store),
    async transaction(work) {
      const t0 = performance.now();
      let inWork = 0;
      try {
        return await store.transaction(async (sql) => {
          const w0 = performance.now();
          try {
            return await work(timed(sql));
          } finally {
            inWork = performance.now() - w0;
          }
        });
      } finally {
        tally.transactions++;
        tally.beginCommitMs += performance.now() - t0 - inWork;
      }
    },
    close: () => store.close(),
  };
  return { store: wrapped, tally };
}

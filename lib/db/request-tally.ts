/**
 * Test support: counts a Dexie database's IndexedDB requests per table and kind ("notes read",
 * "outbox query", "acknowledgements put"…) through a DBCore middleware, so tests state what an
 * operation costs without timing it; "<table> values" counts the values queries returned (a
 * range read is one request however many rows it deserialises). Used by lib/sync tests; never
 * imported by the product.
 */
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { MotiveDatabase } from './schema';

/** IndexedDB requests per table and kind: one per key read or written, one per query. */
export type Tally = Map<string, number>;

export function countRequests(db: MotiveDatabase): Tally {
  const tally: Tally = new Map();
  const add = (key: string, n: number) => tally.set(key, (tally.get(key) ?? 0) + n);
  db.use({
    stack: 'dbcore',
    name: 'request-count',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          getMany: (req) => (add(`${name} read`, req.keys.length), table.getMany(req)),
          get: (req) => (add(`${name} read`, 1), table.get(req)),
          query: (req) => {
            add(`${name} query`, 1);
            return table.query(req).then((res) => {
              if (req.values) add(`${name} values`, res.result.length);
              return res;
            });
          },
          openCursor: (req) => (add(`${name} query`, 1), table.openCursor(req)),
          // Chromium counts by reading every entry in range: a count is a cost of its own.
          count: (req) => (add(`${name} count`, 1), table.count(req)),
          mutate: (req: DBCoreMutateRequest) => {
            const n =
              req.type === 'deleteRange' ? 1 : req.type === 'delete' ? req.keys.length : req.values.length;
            add(`${name} ${req.type === 'deleteRange' ? 'delete' : req.type}`, n);
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return tally;
}

/** Reads (one per key) and queries, over every table. */
export function readsIn(tally: Tally): number {
  let n = 0;
  for (const [key, count] of tally) if (key.endsWith(' read') || key.endsWith(' query')) n += count;
  return n;
}

/** A fresh, open database of its own, its requests tallied from the start (one per test). */
export async function openTallied(prefix: string): Promise<{ db: MotiveDatabase; tally: Tally }> {
  const db = new MotiveDatabase(`${prefix}-${crypto.randomUUID()}`);
  const tally = countRequests(db);
  await db.open();
  return { db, tally };
}

/** Closes and deletes a database `openTallied` made. */
export async function dropDatabase(db: MotiveDatabase): Promise<void> {
  db.close();
  await db.delete();
}

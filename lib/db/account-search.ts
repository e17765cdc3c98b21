/**
 * The account finder's query: accounts whose name or domain starts with what the rep typed,
 * in any case and with or without accents, each through one index range (`nameLower`, schema
 * v3; `domain`, stored lower-case). An empty query lists the most recently updated.
 * Why indexes and `getAll`: Dexie's `startsWithIgnoreCase` walks a cursor trying each casing,
 * and any `.filter()` turns a read into a cursor walk, one IndexedDB round trip per row.
 */
import { accountNameKey } from './local-fields';
import type { AccountRow, MotiveDatabase } from './schema';

type AccountRows = ReturnType<MotiveDatabase['accounts']['toCollection']>;

/**
 * The first `limit` live rows of `rows`: one `getAll` of `limit` rows, and a cursor walk only
 * when tombstones took some of those places (deleted accounts are rare).
 */
async function firstLive(rows: AccountRows, limit: number): Promise<AccountRow[]> {
  const first = await rows.clone().limit(limit).toArray();
  const live = first.filter((a) => a.deleted === 0);
  if (live.length === first.length || first.length < limit) return live;
  return rows
    .filter((a) => a.deleted === 0)
    .limit(limit)
    .toArray();
}

/** Name matches first, then domain matches, without repeats; at most `limit`. */
export async function findAccounts(db: MotiveDatabase, query: string, limit: number): Promise<AccountRow[]> {
  const term = query.trim();
  if (term === '') {
    return db.accounts
      .orderBy('updatedAt')
      .reverse()
      .filter((a) => a.deleted === 0)
      .limit(limit)
      .toArray();
  }
  const [byName, byDomain] = await Promise.all([
    firstLive(db.accounts.where('nameLower').startsWith(accountNameKey(term)), limit),
    firstLive(db.accounts.where('domain').startsWith(term.toLowerCase()), limit),
  ]);
  const seen = new Set<string>();
  return [...byName, ...byDomain].filter((a) => !seen.has(a.id) && seen.add(a.id)).slice(0, limit);
}

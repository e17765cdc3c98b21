import type { AccountRow } from '@/lib/db/schema';
import { useLiveData } from './use-live-data';

/**
 * Accounts whose name or domain starts with `query` (case-insensitive), via the indexes, so
 * it stays instant with thousands of accounts. An empty query lists the recently updated.
 */
export function useAccountSearch(query: string, limit = 8): AccountRow[] | undefined {
  return useLiveData(
    async (db) => {
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
        db.accounts
          .where('name')
          .startsWithIgnoreCase(term)
          .filter((a) => a.deleted === 0)
          .limit(limit)
          .toArray(),
        db.accounts
          .where('domain')
          .startsWith(term.toLowerCase())
          .filter((a) => a.deleted === 0)
          .limit(limit)
          .toArray(),
      ]);
      const seen = new Set<string>();
      return [...byName, ...byDomain].filter((a) => !seen.has(a.id) && seen.add(a.id)).slice(0, limit);
    },
    [query, limit],
  );
}

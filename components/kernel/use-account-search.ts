import { findAccounts } from '@/lib/db/account-search';
import type { AccountRow } from '@/lib/db/schema';
import { useLiveData } from './use-live-data';

/**
 * Accounts whose name or domain starts with `query` (any case, accents folded), via the
 * indexes, so it stays instant with thousands of accounts (lib/db/account-search.ts). An empty
 * query lists the recently updated.
 */
export function useAccountSearch(query: string, limit = 8): AccountRow[] | undefined {
  return useLiveData((db) => findAccounts(db, query, limit), [query, limit]);
}

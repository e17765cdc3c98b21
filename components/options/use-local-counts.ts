import { useLiveQuery } from 'dexie-react-hooks';
import { countLocalData, type TableCounts } from '@/lib/db/wipe';
import { SYNC_COLLECTIONS } from '@/lib/domain/vocabulary';
import { useOptionsDeps } from './options-deps';

/** Live counts of what this computer holds (updates when the panel or sync writes). */
export function useLocalCounts(): TableCounts | undefined {
  const { db } = useOptionsDeps();
  return useLiveQuery(() => countLocalData(db), [db]);
}

/**
 * The data collections, in the order the page lists them: the synced collections (their one
 * home is `SYNC_COLLECTIONS`; a new collection shows here without another list to edit).
 */
export const DATA_TABLES = SYNC_COLLECTIONS;

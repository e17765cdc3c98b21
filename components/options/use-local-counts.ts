import { useLiveQuery } from 'dexie-react-hooks';
import { countLocalData, type TableCounts } from '@/lib/db/wipe';
import { useOptionsDeps } from './options-deps';

/** Live counts of what this computer holds (updates when the panel or sync writes). */
export function useLocalCounts(): TableCounts | undefined {
  const { db } = useOptionsDeps();
  return useLiveQuery(() => countLocalData(db), [db]);
}

/** The data collections, in the order the page lists them. */
export const DATA_TABLES = [
  'accounts',
  'people',
  'notes',
  'evidence',
  'diagnoses',
  'playbook',
  'conflicts',
] as const;

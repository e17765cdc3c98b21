import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLiveData } from '@/components/kernel/use-live-data';
import { mergePlaybook } from '@/lib/playbook/merge-playbook';
import type { PlaybookEntry } from '@/lib/playbook/schema';

/**
 * The shipped playbook, loaded with a dynamic import so its few hundred entries stay out of
 * the panel's first bundle; loaded once per panel.
 */
export const defaultPlaybookQuery = queryOptions({
  queryKey: ['default-playbook'],
  queryFn: async (): Promise<readonly PlaybookEntry[]> => {
    const { loadDefaultPlaybook } = await import('@/lib/playbook/default');
    return loadDefaultPlaybook();
  },
  staleTime: Infinity,
  gcTime: Infinity,
});

/** Defaults with the team's synced entries layered on top (team wins on the same id), live. */
export function usePlaybookEntries(): PlaybookEntry[] | undefined {
  const defaults = useQuery(defaultPlaybookQuery);
  const team = useLiveData((db) => db.playbook.toArray(), []);
  return useMemo(() => {
    if (!team) return undefined;
    // A failed default load still leaves the team's own playbook usable.
    if (defaults.isPending) return undefined;
    return mergePlaybook(defaults.data ?? [], team);
  }, [defaults.data, defaults.isPending, team]);
}

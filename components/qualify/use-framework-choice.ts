import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { DEFAULT_SETTINGS, readSettings, watchSettings } from '@/lib/browser/settings';
import type { QualificationFrameworkId } from '@/lib/domain/vocabulary';

const settingsQuery = queryOptions({ queryKey: ['settings'], queryFn: readSettings, networkMode: 'always' });

/** The team's framework from Options, live (MEDDICC until the settings are read). */
export function useFrameworkChoice(): QualificationFrameworkId {
  const client = useQueryClient();
  useEffect(() => watchSettings((next) => client.setQueryData(settingsQuery.queryKey, next)), [client]);
  const { data } = useQuery(settingsQuery);
  return data?.qualificationFramework ?? DEFAULT_SETTINGS.qualificationFramework;
}

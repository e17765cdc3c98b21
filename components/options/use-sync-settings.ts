/**
 * Sync status (live: polled and pushed by the background) and the three actions of the
 * sync form, as TanStack Query hooks over the injected `SyncClient`.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { SyncStatus } from '@/lib/messaging/protocol';
import { useOptionsDeps, type SyncClient } from './options-deps';

export const syncStatusQuery = (sync: SyncClient) =>
  queryOptions({ queryKey: ['sync-status'], queryFn: () => sync.status(), refetchInterval: 10_000 });

export function useSyncStatus() {
  const { sync } = useOptionsDeps();
  const client = useQueryClient();
  useEffect(
    () => sync.onStatusChanged((status) => client.setQueryData<SyncStatus>(['sync-status'], status)),
    [sync, client],
  );
  return useQuery(syncStatusQuery(sync));
}

export function useSyncActions() {
  const { sync } = useOptionsDeps();
  const client = useQueryClient();
  const store = (status: SyncStatus) => client.setQueryData<SyncStatus>(['sync-status'], status);
  return {
    test: useMutation({ mutationFn: (data: { endpoint: string; token: string }) => sync.test(data) }),
    save: useMutation({
      mutationFn: (data: { endpoint: string; token: string }) => sync.configure(data),
      onSuccess: store,
    }),
    disconnect: useMutation({ mutationFn: () => sync.configure({ endpoint: null }), onSuccess: store }),
  };
}

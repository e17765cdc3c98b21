/**
 * Sync status (live: polled and pushed by the background) and the three actions of the
 * sync form, as TanStack Query hooks over the injected `SyncClient`.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SYNC_STATUS_KEY, useSyncStatusFrom } from '@/components/kernel/sync-status';
import type { SyncStatus } from '@/lib/messaging/protocol';
import { useOptionsDeps } from './options-deps';

/** Polled every 10 s as well: Options stays open for long stretches. */
export function useSyncStatus() {
  const { sync } = useOptionsDeps();
  return useSyncStatusFrom(sync, 10_000);
}

export function useSyncActions() {
  const { sync } = useOptionsDeps();
  const client = useQueryClient();
  const store = (status: SyncStatus) => client.setQueryData<SyncStatus>(SYNC_STATUS_KEY, status);
  return {
    test: useMutation({ mutationFn: (data: { endpoint: string; token: string }) => sync.test(data) }),
    save: useMutation({
      mutationFn: (data: { endpoint: string; token: string }) => sync.configure(data),
      onSuccess: store,
    }),
    disconnect: useMutation({ mutationFn: () => sync.configure({ endpoint: null }), onSuccess: store }),
  };
}

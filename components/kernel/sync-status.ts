/**
 * The sync status as a live query, once for the panel and Options: asked of a source, then
 * kept current by the background's `syncStatusChanged` announcements. The two pages differ
 * only in their source (the panel's channel; Options' injected client).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { SyncStatus } from '@/lib/messaging/protocol';

export interface SyncStatusSource {
  status(): Promise<SyncStatus>;
  /** Subscribes to the background's announcements; returns the unsubscribe. */
  onStatusChanged(listener: (status: SyncStatus) => void): () => void;
}

export const SYNC_STATUS_KEY = ['sync-status'] as const;

export function useSyncStatusFrom(source: SyncStatusSource, refetchInterval?: number) {
  const client = useQueryClient();
  useEffect(
    () => source.onStatusChanged((status) => client.setQueryData<SyncStatus>(SYNC_STATUS_KEY, status)),
    [source, client],
  );
  return useQuery({
    queryKey: SYNC_STATUS_KEY,
    queryFn: () => source.status(),
    ...(refetchInterval ? { refetchInterval } : {}),
  });
}

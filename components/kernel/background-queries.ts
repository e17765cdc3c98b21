/**
 * Everything the panel asks the background, as TanStack Query option factories and
 * mutation hooks. This is the only panel module that sends panel messages, so component
 * tests mock it (or stub the channel) instead of a browser.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { onBackgroundEvent } from '@/lib/messaging/background-events';
import { panelChannel } from '@/lib/messaging/channels';
import type { InsertResult, SyncStatus, TextEvidenceRequest } from '@/lib/messaging/protocol';
import { SYNC_STATUS_KEY, useSyncStatusFrom, type SyncStatusSource } from './sync-status';
import { adoptActiveContext } from './active-context';

/** The panel's source of the sync status: its channel and the background's announcements. */
const panelSyncStatus: SyncStatusSource = {
  status: () => panelChannel.sendMessage('getSyncStatus', {}),
  onStatusChanged: (listener) => onBackgroundEvent('syncStatusChanged', listener),
};

/** Sync state, kept current by the background's `syncStatusChanged` announcements. */
export function useSyncStatus() {
  return useSyncStatusFrom(panelSyncStatus);
}

export function useSyncNow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => panelChannel.sendMessage('syncNow', {}),
    onSuccess: (status) => client.setQueryData<SyncStatus>(SYNC_STATUS_KEY, status),
  });
}

/**
 * Binds an account to the page a tab shows (null clears it) and adopts the tab's new context,
 * unless the panel has moved to another tab meanwhile.
 */
export function useOverrideAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (data: { accountId: string | null; tabId: number }) =>
      panelChannel.sendMessage('overrideAccount', data),
    onSuccess: (context) => adoptActiveContext(client, context, true),
  });
}

/** Inserts text into the open compose box of the active email tab; the result says why not. */
export function useInsertSnippet() {
  return useMutation<InsertResult, Error, string>({
    mutationFn: (text) => panelChannel.sendMessage('insertSnippet', { text }),
  });
}

/**
 * Asks the background to read a saved discovery answer or note for buyer motivations; the
 * suggestions it writes reach the Diagnose view through its live query. Fire and forget: a
 * failure (e.g. the model not loading) loses a suggestion, never the rep's text.
 */
export function useSuggestEvidenceFromText() {
  return useMutation({
    mutationFn: (request: TextEvidenceRequest) =>
      panelChannel.sendMessage('suggestEvidenceFromText', request),
  });
}

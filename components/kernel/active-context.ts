/**
 * The ONE road by which the active tab's context reaches the panel: a single query-cache entry.
 * Everything that learns the context writes it here, and everything in the panel reads it
 * from `useActiveContext` (the shell, once) and derives from that:
 * - before the first render, the preload's copy (`primeActiveContext`);
 * - the background's answer to `getActiveContext` (the query itself);
 * - its `activeContextChanged` announcements (subscribed in `useActiveContext`);
 * - the context a pick returns (`adoptActiveContext`).
 * The page itself (its people and thread) is read from the same tab's stored page context
 * (`usePageContext` in use-page-context.ts), keyed by the `tabId` this context names.
 */
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onBackgroundEvent } from '@/lib/messaging/background-events';
import { panelChannel } from '@/lib/messaging/channels';
import type { ActiveContext } from '@/lib/messaging/protocol';

const activeContextQuery = queryOptions({
  queryKey: ['active-context'],
  queryFn: () => panelChannel.sendMessage('getActiveContext', {}),
});

/** The active tab's context, refreshed whenever the background announces a change. */
export function useActiveContext() {
  const client = useQueryClient();
  useEffect(() => {
    return onBackgroundEvent('activeContextChanged', (data) => adoptActiveContext(client, data));
  }, [client]);
  return useQuery(activeContextQuery);
}

/**
 * The context read before the first render. A mirrored copy (the background's session-storage
 * copy) is shown at once but counts as stale, so the background is asked again on mount.
 */
export function primeActiveContext(
  client: QueryClient,
  preload: { context?: ActiveContext; contextFromMirror?: boolean },
): void {
  if (!preload.context) return;
  client.setQueryData(activeContextQuery.queryKey, preload.context, {
    ...(preload.contextFromMirror ? { updatedAt: 0 } : {}),
  });
}

/**
 * Takes a context the background sent. `onlySameTab`: a pick's answer, adopted only while the
 * panel still shows that tab (it may have moved to another tab meanwhile).
 */
export function adoptActiveContext(client: QueryClient, context: ActiveContext, onlySameTab = false): void {
  client.setQueryData<ActiveContext>(activeContextQuery.queryKey, (current) =>
    !onlySameTab || current === undefined || current.tabId === context.tabId ? context : current,
  );
}

import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onBackgroundEvent } from '@/lib/messaging/background-events';
import { panelChannel } from '@/lib/messaging/channels';
import type { ActiveContext } from '@/lib/messaging/protocol';

export const activeContextQuery = queryOptions({
  queryKey: ['active-context'],
  queryFn: () => panelChannel.sendMessage('getActiveContext', {}),
});

/** The active tab's context, refreshed whenever the background announces a change. */
export function useActiveContext() {
  const client = useQueryClient();
  useEffect(() => {
    return onBackgroundEvent('activeContextChanged', (data) => {
      client.setQueryData<ActiveContext>(activeContextQuery.queryKey, data);
    });
  }, [client]);
  return useQuery(activeContextQuery);
}

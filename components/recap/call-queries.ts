/**
 * The panel's road to the background's call journal: a call record by id (or the active
 * tab's call, else the last ended one), ending the active call by key, and the background's
 * call announcements. Component tests stub the panel channel.
 */
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onBackgroundEvent, type BackgroundEventData } from '@/lib/messaging/background-events';
import { panelChannel } from '@/lib/messaging/channels';

export const callRecordQuery = (callId: string | null) =>
  queryOptions({
    queryKey: ['call-record', callId],
    queryFn: () => panelChannel.sendMessage('getCallRecord', callId ? { callId } : {}),
    networkMode: 'always',
  });

/** A call record, refreshed while lines keep arriving for it. */
export function useCallRecord(callId: string | null) {
  const client = useQueryClient();
  useEffect(
    () =>
      onBackgroundEvent('captionsHeard', () => void client.invalidateQueries({ queryKey: ['call-record'] })),
    [client],
  );
  return useQuery(callRecordQuery(callId));
}

export const endActiveCall = () => panelChannel.sendMessage('endCall', {});

/** Runs `listener` for each caption batch the background announces. */
export function useCaptionsHeard(listener: (data: BackgroundEventData<'captionsHeard'>) => void) {
  useEffect(() => onBackgroundEvent('captionsHeard', listener), [listener]);
}

/** Runs `listener` when a call ends. */
export function useCallEnded(listener: (data: BackgroundEventData<'callEnded'>) => void) {
  useEffect(() => onBackgroundEvent('callEnded', listener), [listener]);
}

import { useState } from 'react';
import type { ActiveContext } from '@/lib/messaging/protocol';

/**
 * True while the active call tab is in its lobby: the call reader sees the call page but not
 * the in-call toolbar (its stable hook, `inCall`: the leave button, reported as "call" in
 * `missing`), and this tab has not been seen in the call yet. After the call the same page
 * state means the call ended (the recap's moment), so a tab seen in a call never counts again.
 */
export function useLobby(context: ActiveContext | undefined): boolean {
  const [seenInCall, setSeenInCall] = useState<ReadonlySet<number>>(() => new Set());
  const tabId = context?.tabId ?? null;
  const onCallPage = context?.surface === 'call' && tabId !== null;
  const inCall = onCallPage && !context.missing.includes('call');
  // State adjusted during render (React's pattern for state derived from a changing prop).
  if (inCall && !seenInCall.has(tabId)) setSeenInCall(new Set(seenInCall).add(tabId));
  return onCallPage && !inCall && !seenInCall.has(tabId) && context.readStatus !== 'unreadable';
}

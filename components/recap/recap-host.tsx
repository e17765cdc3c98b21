import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import { useCommand } from '@/components/kernel/panel-commands';
import { callRecordQuery, endActiveCall, useCallEnded } from './call-queries';

// The recap is read after a call, never during one: it loads as its own chunk when first shown.
const CallRecapView = lazy(() => import('./call-recap-view').then((m) => ({ default: m.CallRecapView })));
import { useQueryClient } from '@tanstack/react-query';

/**
 * Shows the recap the moment a call ends (the background's `callEnded`), or when the rep
 * presses `r` (which ends the active tab's call, or reopens the last one). While a recap is
 * open it is the panel's one screen; closing it returns to what was there.
 */
export function RecapHost({
  fallbackAccountId,
  children,
}: {
  fallbackAccountId: string | null;
  children: ReactNode;
}) {
  const [callId, setCallId] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const client = useQueryClient();
  useCallEnded(useCallback((data) => setCallId(data.callId), []));
  useCommand('show-recap', () => {
    void endActiveCall()
      .then(async (ended) => ended ?? (await client.fetchQuery(callRecordQuery(null))))
      .then((record) => {
        if (record) setCallId(record.callId);
        else setStatus('No call to recap yet: captions from a call appear here when it ends.');
      })
      .catch((error: unknown) => setStatus(`Could not open the recap (${String(error)}).`));
  });
  if (callId === null)
    return (
      <>
        {status && (
          <p role="status" className="notice">
            {status}
          </p>
        )}
        {children}
      </>
    );
  return (
    <Suspense fallback={<p role="status">Opening the recap…</p>}>
      <CallRecapView callId={callId} fallbackAccountId={fallbackAccountId} onClose={() => setCallId(null)} />
    </Suspense>
  );
}

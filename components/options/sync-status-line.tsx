import { timeAgo } from '@/components/ui/format-time';
import type { SyncStatus } from '@/lib/messaging/protocol';

/** The endpoint, when the background reports it (optional in the status). */
type StatusWithEndpoint = SyncStatus & { endpoint?: string | null };

/** One plain sentence about the sync state, announced politely when it changes. */
export function SyncStatusLine({ status, now }: { status: SyncStatus | undefined; now: Date }) {
  return (
    <p role="status" className="status-line" data-testid="sync-status">
      {describeStatus(status, now)}
    </p>
  );
}

export function describeStatus(status: StatusWithEndpoint | undefined, now: Date): string {
  if (!status) return 'Checking sync status…';
  if (!status.configured) return 'Not connected: everything stays on this computer.';
  const where = status.endpoint ? ` to ${status.endpoint}` : '';
  const when = status.lastSyncAt ? `last synced ${timeAgo(status.lastSyncAt, now)}` : 'not synced yet';
  const pending = status.pending === 1 ? '1 change waiting' : `${status.pending} changes waiting`;
  const state = status.inFlight ? 'syncing now' : when;
  const error = status.lastError ? ` Last error: ${status.lastError}` : '';
  return `Connected${where}: ${state}, ${pending}.${error}`;
}

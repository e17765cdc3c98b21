import { useSyncNow, useSyncStatus } from '@/components/kernel/background-queries';
import { timeAgo } from '@/components/ui/format-time';
import type { SyncStatus } from '@/lib/messaging/protocol';

/** One short phrase for the sync state. */
export function describeSync(status: SyncStatus | undefined, now: Date): string {
  if (!status) return 'Sync state unknown';
  if (!status.configured) return 'Local only (sync off)';
  if (status.inFlight) return 'Syncing…';
  if (status.lastError) return `Sync failed: ${status.lastError}`;
  const waiting = status.pending > 0 ? `, ${status.pending} waiting` : '';
  return status.lastSyncAt
    ? `Synced ${timeAgo(status.lastSyncAt, now)}${waiting}`
    : `Not synced yet${waiting}`;
}

/** Sync state beside the account, with a button to sync now when an endpoint is set. */
export function SyncBadge({ now }: { now: () => Date }) {
  const { data, error } = useSyncStatus();
  const syncNow = useSyncNow();
  const text = error ? 'Sync state unavailable' : describeSync(data, now());
  const failing = Boolean(data?.lastError) || Boolean(error);
  return (
    <span className={`sync-badge${failing ? ' is-error' : ''}`} data-testid="sync-state">
      <span role="status">{text}</span>
      {data?.configured && (
        <button
          type="button"
          className="link-button"
          onClick={() => syncNow.mutate()}
          disabled={syncNow.isPending || data.inFlight}
        >
          Sync now
        </button>
      )}
    </span>
  );
}

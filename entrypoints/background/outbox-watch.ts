/**
 * Outbox writes from any extension page (the panel writes directly) reach the background
 * through Dexie's cross-context change propagation: a growing outbox asks for a sync soon, and
 * every change re-broadcasts the sync status. A failed watch is logged and restarted
 * (lib/db/live.ts), never dropped: a dead watch would leave the rep's edits unsynced.
 */
import type { MotiveDatabase } from '@/lib/db/schema';
import { watchLive, type WatchOptions } from '@/lib/db/live';
import type { SyncStatus } from '@/lib/messaging/protocol';

export interface OutboxWatchDeps {
  db: MotiveDatabase;
  controller: { syncSoon(): void; status(): Promise<SyncStatus> };
  broadcast: (status: SyncStatus) => void;
  log?: (message: string, error: unknown) => void;
  schedule?: WatchOptions['schedule'];
}

export function watchOutbox({
  db,
  controller,
  broadcast,
  log = console.error,
  schedule,
}: OutboxWatchDeps): () => void {
  let last = -1;
  return watchLive(
    () => db.outbox.count(),
    (count) => {
      if (count > last && count > 0) controller.syncSoon();
      if (count !== last) {
        controller
          .status()
          .then(broadcast, (error: unknown) => log('Motive: reading the sync status', error));
      }
      last = count;
    },
    { label: 'the outbox', log, ...(schedule ? { schedule } : {}) },
  );
}

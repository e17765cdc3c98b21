/**
 * Outbox writes from any extension page (the panel writes directly) reach the background
 * through Dexie's cross-context change propagation: a new edit asks for a sync soon and
 * re-broadcasts the sync status, and so does an outbox that empties. A failed watch is logged
 * and restarted (lib/db/live.ts), never dropped: a dead watch would leave the rep's edits
 * unsynced.
 *
 * What is watched is the newest entry's key, not the count. Chromium counts a store by reading
 * every entry, and a count waits its turn with the sync's own transactions: re-counting after
 * each acknowledged batch made a long push quadratic (issue 15's trace of a 1.7 s push of 10,000
 * changes: 67 counts held the storage backend for 485 ms). Keys only grow (auto-increment), so a
 * higher newest key is a new edit.
 * Batches leaving the head of the queue are not news: the sync run announces its status when it
 * starts and when it ends (sync-controller.ts), and a status line re-read per batch would also
 * be re-announced to a screen reader per batch.
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

/** No value seen yet (the first value is always news: edits left from before the worker started). */
const UNSEEN = Symbol('unseen');

export function watchOutbox({
  db,
  controller,
  broadcast,
  log = console.error,
  schedule,
}: OutboxWatchDeps): () => void {
  let last: number | undefined | typeof UNSEEN = UNSEEN;
  return watchLive(
    // One step of a reverse key cursor, whatever the outbox holds.
    () => db.outbox.orderBy(':id').lastKey() as Promise<number | undefined>,
    (newest) => {
      const grew = newest !== undefined && (last === UNSEEN || last === undefined || newest > last);
      const emptied = newest === undefined && last !== undefined;
      last = newest;
      if (grew) controller.syncSoon();
      if (grew || emptied)
        controller
          .status()
          .then(broadcast, (error: unknown) => log('Motive: reading the sync status', error));
    },
    { label: 'the outbox', log, ...(schedule ? { schedule } : {}) },
  );
}

/**
 * Background wiring of sync: when to run (local changes, alarm, back online, on demand),
 * status broadcast to open pages. The engine itself is lib/sync.
 */
import { liveQuery } from 'dexie';
import { panelEvents } from '@/lib/messaging/channels';
import type { SyncStatus } from '@/lib/messaging/protocol';
import { getServices } from './services';

export const SYNC_ALARM = 'motive-sync';

export function setupSync(): void {
  const { sync } = getServices();
  void browser.alarms.create(SYNC_ALARM, { periodInMinutes: 5 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void sync.controller.syncNow();
  });
  globalThis.addEventListener?.('online', () => void sync.controller.syncNow());
  // Outbox writes from any extension page (the panel writes directly) reach us through Dexie's
  // cross-context change propagation.
  let last = -1;
  liveQuery(() => getServices().db.outbox.count()).subscribe({
    next: (count) => {
      if (count > last && count > 0) sync.controller.syncSoon();
      if (count !== last) void sync.controller.status().then(broadcastSyncStatus);
      last = count;
    },
    error: () => undefined,
  });
}

function broadcastSyncStatus(status: SyncStatus): void {
  // No page open is normal, not an error.
  panelEvents.sendMessage('syncStatusChanged', status).catch(() => undefined);
}

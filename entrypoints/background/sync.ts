/**
 * Background wiring of sync: when to run (local changes, alarm, back online, on demand),
 * status broadcast to open pages. The engine itself is lib/sync.
 */
import { watchOutbox } from './outbox-watch';
import { getServices, notifySyncStatus } from './services';

export const SYNC_ALARM = 'motive-sync';

export function setupSync(): void {
  const { sync, db } = getServices();
  void browser.alarms.create(SYNC_ALARM, { periodInMinutes: 5 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void sync.controller.syncNow();
  });
  globalThis.addEventListener?.('online', () => void sync.controller.syncNow());
  watchOutbox({ db, controller: sync.controller, broadcast: notifySyncStatus });
}

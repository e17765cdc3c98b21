/**
 * The background's services, built once per service-worker life. Everything stateful is in
 * IndexedDB, so a killed worker rebuilds from there.
 */
import { createRepositories } from '@/lib/db/repositories';
import { mirrorActiveContext } from '@/lib/browser/active-context-mirror';
import { getDatabase } from '@/lib/db/schema';
import { panelEvents } from '@/lib/messaging/channels';
import type { ActiveContext, SyncStatus } from '@/lib/messaging/protocol';
import type { SessionStore } from './call-journal';
import { createPageServices } from './page-services';
import { createSyncController } from './sync-controller';

export interface SyncController {
  status(): Promise<SyncStatus>;
  syncNow(): Promise<SyncStatus>;
}

/** Tells open pages the sync status (the one broadcast: the controller and the outbox watch use it). */
export function notifySyncStatus(status: SyncStatus): void {
  // Pages may be closed: nobody listening is normal, not an error.
  panelEvents.sendMessage('syncStatusChanged', status).catch(() => undefined);
}

function notifyPanel(context: ActiveContext): void {
  // The panel may be closed: nobody listening is normal, not an error.
  panelEvents.sendMessage('activeContextChanged', context).catch(() => undefined);
  // The next panel opened reads this before the worker even wakes (active-context-mirror.ts).
  mirrorActiveContext(context).catch((error: unknown) => console.error('Motive: context mirror', error));
}

/** Calls wait for their recap in session storage: kept across worker restarts, never on disk. */
function sessionStore(): SessionStore {
  return {
    get: async (key) => (await browser.storage.session.get(key))[key],
    set: (key, value) => browser.storage.session.set({ [key]: value }),
  };
}

function createServices() {
  const db = getDatabase();
  const now = () => new Date();
  const repos = createRepositories({ db, now });
  // Page readers → active context, account resolution, caption and email evidence.
  const pages = createPageServices({
    db,
    repos,
    now,
    notify: notifyPanel,
    callStore: sessionStore(),
    // Pages may be closed: nobody listening is normal, not an error.
    announce: (name, data) => void panelEvents.sendMessage(name, data as never).catch(() => undefined),
  });
  const sync = { controller: createSyncController({ db, now, notify: notifySyncStatus }) };
  return { db, now, repos, ...pages, sync };
}

let services: ReturnType<typeof createServices> | undefined;
export function getServices() {
  services ??= createServices();
  return services;
}
export type Services = ReturnType<typeof createServices>;

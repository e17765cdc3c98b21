/**
 * The background's services, built once per service-worker life. Everything stateful is in
 * IndexedDB, so a killed worker rebuilds from there.
 */
import { createRepositories } from '@/lib/db/repositories';
import { getDatabase } from '@/lib/db/schema';
import { panelEvents } from '@/lib/messaging/channels';
import type { ActiveContext, SyncStatus } from '@/lib/messaging/protocol';
import { createActiveContextService } from './active-context';
import { resolveActiveAccount } from './account-resolution';

export interface SyncController {
  status(): Promise<SyncStatus>;
  syncNow(): Promise<SyncStatus>;
}

function notifyPanel(context: ActiveContext): void {
  // The panel may be closed: nobody listening is normal, not an error.
  panelEvents.sendMessage('activeContextChanged', context).catch(() => undefined);
}

function createServices() {
  const db = getDatabase();
  const now = () => new Date();
  const repos = createRepositories({ db, now });
  const activeContext = createActiveContextService({
    db,
    now,
    resolve: (context, tabId) => resolveActiveAccount({ db, repos, context, tabId }),
    notify: notifyPanel,
  });
  const sync: { controller: SyncController } = {
    controller: {
      status: () =>
        Promise.resolve({
          configured: false,
          lastSyncAt: null,
          pending: 0,
          inFlight: false,
          lastError: null,
        }),
      syncNow() {
        return this.status();
      },
    },
  };
  return { db, now, repos, activeContext, sync };
}

let services: ReturnType<typeof createServices> | undefined;
export function getServices() {
  services ??= createServices();
  return services;
}
export type Services = ReturnType<typeof createServices>;

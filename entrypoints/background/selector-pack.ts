/**
 * Team selector packs: asked of the sync endpoint when the worker starts, with every sync
 * alarm, on the hourly pack alarm, when sync settings are saved and when Options asks
 * (`refreshSelectorPack`); the result goes to storage.local (PACK_STORAGE_KEY), which content
 * scripts read. Only this module writes that key, one refresh at a time.
 */
import { panelChannel } from '@/lib/messaging/channels';
import { extensionPageSenderProblem } from '@/lib/messaging/guards';
import { guarded } from '@/lib/messaging/receive';
import { panelSchemas } from '@/lib/messaging/schemas';
import { PACK_STORAGE_KEY } from '@/lib/sites/packs/selector-pack';
import { parsePackState, refreshTeamPack } from '@/lib/sync/selector-pack-refresh';
import { packStatus, type PackStatus } from '@/lib/sync/selector-pack-status';
import { readSyncConfig } from '@/lib/sync/sync-config';
import { extensionIdentity } from './extension-identity';
import { getServices } from './services';
import { SYNC_ALARM } from './sync';

const PACK_ALARM = 'motive-selector-pack';

async function refreshOnce(): Promise<PackStatus> {
  const { db, now } = getServices();
  const config = await readSyncConfig(db);
  const stored = await browser.storage.local.get(PACK_STORAGE_KEY);
  const next = await refreshTeamPack({
    fetchFn: (input, init) => fetch(input, init),
    endpoint: config ? { url: config.endpoint, token: config.token } : null,
    previous: parsePackState(stored[PACK_STORAGE_KEY]),
    now,
  });
  await browser.storage.local.set({ [PACK_STORAGE_KEY]: next });
  return packStatus(next);
}

// Refreshes run one after another: two overlapping ones could otherwise store an older answer last.
let queue: Promise<unknown> = Promise.resolve();

export function refreshSelectorPack(): Promise<PackStatus> {
  const run = queue.then(refreshOnce, refreshOnce);
  queue = run.catch(() => undefined);
  return run;
}

/** Refreshes without waiting, logging a failure (alarms, worker start, saved settings). */
export function refreshSelectorPackSoon(): void {
  void refreshSelectorPack().catch((error: unknown) => console.error('Motive: selector pack', error));
}

export function setupSelectorPacks(): void {
  panelChannel.onMessage(
    'refreshSelectorPack',
    guarded(extensionIdentity(), extensionPageSenderProblem, panelSchemas.refreshSelectorPack, () =>
      refreshSelectorPack(),
    ),
  );
  void browser.alarms.create(PACK_ALARM, { periodInMinutes: 60 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PACK_ALARM || alarm.name === SYNC_ALARM) refreshSelectorPackSoon();
  });
  refreshSelectorPackSoon();
}

/**
 * Team selector packs: asked of the sync endpoint when the worker starts, with every sync
 * alarm, and on the hourly pack alarm; the result goes to storage.local (PACK_STORAGE_KEY),
 * which content scripts read. Only this module writes that key.
 */
import { PACK_STORAGE_KEY } from '@/lib/sites/packs/selector-pack';
import { parsePackState, refreshTeamPack } from '@/lib/sync/selector-pack-refresh';
import { readSyncConfig } from '@/lib/sync/sync-config';
import { getServices } from './services';
import { SYNC_ALARM } from './sync';

const PACK_ALARM = 'motive-selector-pack';

export async function refreshSelectorPack(): Promise<void> {
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
}

export function setupSelectorPacks(): void {
  const refresh = () =>
    void refreshSelectorPack().catch((error: unknown) => console.error('Motive: selector pack', error));
  void browser.alarms.create(PACK_ALARM, { periodInMinutes: 60 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PACK_ALARM || alarm.name === SYNC_ALARM) refresh();
  });
  refresh();
}

/**
 * The options page's real dependencies: the extension's Dexie database, the background
 * (over the panel channel) for sync, storage.local for settings (never secrets), and a
 * file download.
 */
import type { OptionsDeps, PackClient, SyncClient } from '@/components/options/options-deps';
import { downloadTextFile } from '@/lib/browser/download-file';
import { readSettings, watchSettings, writeSettings } from '@/lib/browser/settings';
import { getDatabase } from '@/lib/db/schema';
import { onBackgroundEvent } from '@/lib/messaging/background-events';
import { panelChannel } from '@/lib/messaging/channels';
import { PACK_STORAGE_KEY } from '@/lib/sites/packs/selector-pack';
import { packStatusFromStorage } from '@/lib/sync/selector-pack-status';
import { readSyncConfig } from '@/lib/sync/sync-config';

const syncClient: SyncClient = {
  status: () => panelChannel.sendMessage('getSyncStatus', {}),
  configure: (data) => panelChannel.sendMessage('configureSync', data),
  test: (data) => panelChannel.sendMessage('testSyncConnection', data),
  savedEndpoint: async () => (await readSyncConfig(getDatabase()))?.endpoint ?? null,
  onStatusChanged: (listener) => onBackgroundEvent('syncStatusChanged', listener),
};

// The background writes the pack state; this page only reads it, re-checked on every read.
const packClient: PackClient = {
  read: async () =>
    packStatusFromStorage((await browser.storage.local.get(PACK_STORAGE_KEY))[PACK_STORAGE_KEY]),
  refresh: () => panelChannel.sendMessage('refreshSelectorPack', {}),
  watch: (listener) => {
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[PACK_STORAGE_KEY];
      if (area === 'local' && change) listener(packStatusFromStorage(change.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
};

export function createDefaultDeps(): OptionsDeps {
  return {
    db: getDatabase(),
    now: () => new Date(),
    sync: syncClient,
    packs: packClient,
    settings: { read: readSettings, write: writeSettings, watch: watchSettings },
    download: (fileName, text) => downloadTextFile(fileName, text),
  };
}

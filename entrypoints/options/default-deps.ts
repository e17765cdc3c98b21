/**
 * The options page's real dependencies: the extension's Dexie database, the background
 * (over the panel channel) for sync, storage.local for settings (never secrets), and a
 * file download.
 */
import type { OptionsDeps, SyncClient } from '@/components/options/options-deps';
import { readSettings, watchSettings, writeSettings } from '@/lib/browser/settings';
import { getDatabase } from '@/lib/db/schema';
import { onBackgroundEvent } from '@/lib/messaging/background-events';
import { panelChannel } from '@/lib/messaging/channels';
import { readSyncConfig } from '@/lib/sync/sync-config';

const syncClient: SyncClient = {
  status: () => panelChannel.sendMessage('getSyncStatus', {}),
  configure: (data) => panelChannel.sendMessage('configureSync', data),
  test: (data) => panelChannel.sendMessage('testSyncConnection', data),
  savedEndpoint: async () => (await readSyncConfig(getDatabase()))?.endpoint ?? null,
  onStatusChanged: (listener) => onBackgroundEvent('syncStatusChanged', listener),
};

/** Offers `text` as a downloaded file (an object URL on a temporary link). */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function createDefaultDeps(): OptionsDeps {
  return {
    db: getDatabase(),
    now: () => new Date(),
    sync: syncClient,
    settings: { read: readSettings, write: writeSettings, watch: watchSettings },
    download,
  };
}

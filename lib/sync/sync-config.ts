/**
 * Where to sync: endpoint URL and token. HTTPS is required except for loopback addresses.
 *
 * They live in the extension origin's IndexedDB (the `syncState` table), which content
 * scripts cannot reach: in `storage.local`, where they used to be, any content script could
 * read the token or rewrite the endpoint and send the outbox (quotes, names) elsewhere. A
 * config found there is moved once and erased. "Delete all local data" clears it too.
 */
import type { MotiveDatabase } from '../db/schema';
import { readState, writeState } from './sync-state';

/** Where versions before 0.2 kept the config (storage.local); read only to move it. */
export const LEGACY_SYNC_CONFIG_KEY = 'motive:sync';
/** Its key in the `syncState` table. */
export const SYNC_CONFIG_STATE_KEY = 'syncConfig';

export interface SyncConfig {
  endpoint: string;
  token: string;
}

import { checkEndpoint } from './endpoint-rules';

export { checkEndpoint };

export function parseSyncConfig(raw: unknown): SyncConfig | null {
  const value = raw as Partial<SyncConfig> | null | undefined;
  if (typeof value?.endpoint !== 'string' || typeof value.token !== 'string' || value.token === '')
    return null;
  const endpoint = checkEndpoint(value.endpoint);
  return endpoint.ok ? { endpoint: endpoint.url, token: value.token } : null;
}

/** The saved config, moving one left in storage.local by an older version first. */
export async function readSyncConfig(db: MotiveDatabase): Promise<SyncConfig | null> {
  await moveLegacySyncConfig(db);
  return parseSyncConfig(await readState(db, SYNC_CONFIG_STATE_KEY));
}

export async function writeSyncConfig(db: MotiveDatabase, config: SyncConfig | null): Promise<void> {
  await writeState(db, SYNC_CONFIG_STATE_KEY, config);
}

/**
 * Moves a config from storage.local into the database, then erases it there. An invalid one
 * is erased too (it could only have been written by someone else), never adopted.
 */
export async function moveLegacySyncConfig(db: MotiveDatabase): Promise<void> {
  const stored = await browser.storage.local.get(LEGACY_SYNC_CONFIG_KEY);
  if (!(LEGACY_SYNC_CONFIG_KEY in stored)) return;
  const legacy = parseSyncConfig(stored[LEGACY_SYNC_CONFIG_KEY]);
  if (legacy !== null && (await readState(db, SYNC_CONFIG_STATE_KEY)) === undefined) {
    await writeSyncConfig(db, legacy);
  }
  await browser.storage.local.remove(LEGACY_SYNC_CONFIG_KEY);
}

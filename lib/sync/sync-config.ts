/**
 * Where to sync: endpoint URL and token, kept in `storage.local` under one key (never in a
 * URL). HTTPS is required except for loopback addresses.
 */
export const SYNC_CONFIG_KEY = 'motive:sync';

export interface SyncConfig {
  endpoint: string;
  token: string;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The normalised endpoint (no trailing slash), or the reason it is not acceptable. */
export function checkEndpoint(raw: string): { ok: true; url: string } | { ok: false; reason: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'The endpoint is not a URL.' };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    return { ok: false, reason: 'The endpoint must use https:// (plain http:// only for this computer).' };
  }
  if (url.username || url.password)
    return { ok: false, reason: 'Put the token in the token field, not in the URL.' };
  if (url.search || url.hash) return { ok: false, reason: 'The endpoint takes no query string or fragment.' };
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

export function parseSyncConfig(raw: unknown): SyncConfig | null {
  const value = raw as Partial<SyncConfig> | null | undefined;
  if (typeof value?.endpoint !== 'string' || typeof value.token !== 'string' || value.token === '')
    return null;
  const endpoint = checkEndpoint(value.endpoint);
  return endpoint.ok ? { endpoint: endpoint.url, token: value.token } : null;
}

export async function readSyncConfig(): Promise<SyncConfig | null> {
  const stored = await browser.storage.local.get(SYNC_CONFIG_KEY);
  return parseSyncConfig(stored[SYNC_CONFIG_KEY]);
}

export async function writeSyncConfig(config: SyncConfig | null): Promise<void> {
  if (config === null) await browser.storage.local.remove(SYNC_CONFIG_KEY);
  else await browser.storage.local.set({ [SYNC_CONFIG_KEY]: config });
}

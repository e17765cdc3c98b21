/**
 * What the panel can know before its first render: the active tab's context (the copy the
 * background keeps in session storage, else asked of the background) and the records of the
 * account to open, each under a short time limit. When they arrive in time, the first frame
 * already shows the account; when not, the panel renders at once and loads them as usual.
 * Never throws.
 */
import { panelChannel } from '@/lib/messaging/channels';
import type { ActiveContext } from '@/lib/messaging/protocol';
import type { MotiveDatabase } from '@/lib/db/schema';
import { readAccountRecords, type AccountRecords, type AccountSource } from './account-records';
import { savedCopySource } from './last-seen';

export interface PanelPreload {
  /** `?account=<id>`: an account opened from a link. */
  linkedAccountId: string | null;
  context?: ActiveContext;
  /** The context is the background's mirrored copy: show it, but ask the background again at once. */
  contextFromMirror?: boolean;
  /** The first frame of the account source (account-source.ts), when it was read in time. */
  source?: AccountSource;
}

/** Waits at most this long for each step: a slow service worker must not delay the panel. */
export const PRELOAD_LIMIT_MS = 150;

function within<T>(start: () => Promise<T>, ms: number): Promise<T | undefined> {
  let promise: Promise<T | undefined>;
  try {
    promise = start().catch(() => undefined);
  } catch {
    return Promise.resolve(undefined);
  }
  return Promise.race([
    promise,
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms)),
  ]);
}

export interface PreloadSources {
  /** The Dexie database, loaded on demand: asked for only when nothing faster answered. */
  database: () => Promise<MotiveDatabase>;
  /**
   * Where the last account shown is kept; when it is the account to open, its copy is the
   * first frame at once (no IndexedDB wait), and the live query refreshes it right after.
   */
  lastSeen?: Storage | undefined;
  /** A read without Dexie (account-records-direct.ts); `undefined` means "ask the database". */
  readDirect?: (accountId: string) => Promise<AccountRecords | null | undefined>;
  /** The background's copy of the active context (active-context-mirror.ts): no worker wake-up. */
  readMirror?: () => Promise<ActiveContext | undefined>;
}

export async function preloadPanel(
  { database, lastSeen, readDirect, readMirror }: PreloadSources,
  search: string,
): Promise<PanelPreload> {
  const linkedAccountId = new URLSearchParams(search).get('account');
  const mirrored = linkedAccountId || !readMirror ? undefined : await within(readMirror, PRELOAD_LIMIT_MS);
  const context =
    linkedAccountId || mirrored
      ? mirrored
      : await within(() => panelChannel.sendMessage('getActiveContext', {}), PRELOAD_LIMIT_MS);
  const accountId = linkedAccountId ?? context?.resolution.accountId ?? null;
  const readRecords = async (id: string): Promise<AccountRecords | null> => {
    const direct = await readDirect?.(id).catch(() => undefined);
    return direct !== undefined ? direct : readAccountRecords(await database(), id);
  };
  const read = async (id: string): Promise<AccountSource | undefined> => {
    const records = await within(() => readRecords(id), PRELOAD_LIMIT_MS);
    return records === undefined ? undefined : { records, fromSavedCopy: false };
  };
  const source =
    accountId === null ? undefined : (savedCopySource(lastSeen, accountId) ?? (await read(accountId)));
  return {
    linkedAccountId,
    ...(context ? { context } : {}),
    ...(mirrored ? { contextFromMirror: true } : {}),
    ...(source ? { source } : {}),
  };
}

/**
 * The active tab's context, mirrored by the background into `storage.session`: kept in
 * memory only (never written to disk, gone when the browser closes) and readable by the
 * extension's own pages only, not by content scripts. The panel reads it as it opens, so its
 * first frame can show the tab's account without waiting for the service worker to wake and
 * answer; the background's own answer follows and replaces it.
 */
import type { ActiveContext } from '@/lib/messaging/protocol';

export const ACTIVE_CONTEXT_KEY = 'motive:active-context';

const READ_STATUSES = new Set(['ok', 'partial', 'unreadable', 'not-an-app']);

/** Background: keep the mirror current (called with every context it publishes). */
export async function mirrorActiveContext(context: ActiveContext): Promise<void> {
  await browser.storage.session.set({ [ACTIVE_CONTEXT_KEY]: context });
}

/** Panel: the mirrored context, when there is one that has the shape of one. */
export async function readMirroredContext(): Promise<ActiveContext | undefined> {
  const stored = await browser.storage.session.get(ACTIVE_CONTEXT_KEY);
  const value = stored[ACTIVE_CONTEXT_KEY];
  return looksLikeActiveContext(value) ? value : undefined;
}

/**
 * A shape check, not a full validation (zod is not in the panel's first bundle): only the
 * background writes this key, and the background's answer replaces it moments later.
 */
export function looksLikeActiveContext(value: unknown): value is ActiveContext {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const resolution = v['resolution'] as Record<string, unknown> | null | undefined;
  return (
    (v['tabId'] === null || Number.isInteger(v['tabId'])) &&
    READ_STATUSES.has(v['readStatus'] as string) &&
    Array.isArray(v['missing']) &&
    typeof v['updatedAt'] === 'string' &&
    typeof resolution === 'object' &&
    resolution !== null &&
    (resolution['accountId'] === null || typeof resolution['accountId'] === 'string') &&
    typeof resolution['confidence'] === 'number' &&
    typeof resolution['reason'] === 'string'
  );
}

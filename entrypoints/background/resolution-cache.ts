/**
 * The account of each tab, resolved once per page context and kept until something it depends
 * on changes: the page (a new report), a binding (the rep's choice), or the saved accounts and
 * people. Caption batches arrive every few seconds; each used to re-scan every account and
 * person up to three times.
 */
import type { MotiveDatabase } from '@/lib/db/schema';
import type { PageContext } from '@/lib/messaging/page-context';
import type { AccountResolution } from '@/lib/messaging/protocol';

export type Resolve = (context: PageContext | undefined, tabId: number | null) => Promise<AccountResolution>;

/**
 * What the saved records look like, read from indexes (no scan): a new, removed or renamed
 * account, or a new or removed person, changes it. Evidence and presence writes do not (they
 * never change which account a page is), so a call's caption batches reuse one resolution.
 * An edit to a person's name or address is seen at the page's next report.
 */
async function recordsStamp(db: MotiveDatabase): Promise<string> {
  const [accounts, people, latest] = await Promise.all([
    db.accounts.count(),
    db.people.count(),
    db.accounts.orderBy('updatedAt').last(),
  ]);
  return `${accounts}:${people}:${latest?.updatedAt ?? ''}`;
}

export function createResolutionCache(db: MotiveDatabase, resolve: Resolve) {
  const entries = new Map<number, { key: string; value: Promise<AccountResolution> }>();
  let generation = 0;

  return {
    /** The tab's resolution, from the cache when nothing it depends on changed. */
    resolve: async (context: PageContext | undefined, tabId: number | null): Promise<AccountResolution> => {
      if (tabId === null) return resolve(context, tabId);
      const key = `${generation}|${context?.readAt ?? ''}|${context?.url ?? ''}|${await recordsStamp(db)}`;
      const hit = entries.get(tabId);
      if (hit?.key === key) return hit.value;
      const value = resolve(context, tabId);
      entries.set(tabId, { key, value });
      // A failed resolution is not kept: the next call tries again.
      value.catch(() => entries.get(tabId)?.value === value && entries.delete(tabId));
      return value;
    },
    /** A binding changed: it may concern several tabs showing the same page. */
    invalidate(): void {
      generation++;
    },
    forget(tabId: number): void {
      entries.delete(tabId);
    },
  };
}
export type ResolutionCache = ReturnType<typeof createResolutionCache>;

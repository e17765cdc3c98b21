/**
 * Keeps the active tab's context: stores what content scripts report per tab, resolves the
 * account, and tells the open panel when the active context changes.
 */
import type { MotiveDatabase } from '@/lib/db/schema';
import type { PageContext } from '@/lib/messaging/page-context';
import type { AccountResolution, ActiveContext } from '@/lib/messaging/protocol';

export type ResolveAccount = (
  context: PageContext | undefined,
  tabId: number | null,
) => Promise<AccountResolution>;

/** Extra details for the panel (meeting, suggested people), computed after the resolution. */
export type DescribeContext = (
  context: PageContext | undefined,
  tabId: number | null,
  resolution: AccountResolution,
) => Promise<Partial<Pick<ActiveContext, 'meeting' | 'suggestedPeople'>>>;

export interface ActiveContextDeps {
  db: MotiveDatabase;
  now: () => Date;
  resolve: ResolveAccount;
  notify: (context: ActiveContext) => void;
  describe?: DescribeContext;
}

export function createActiveContextService({ db, now, resolve, notify, describe }: ActiveContextDeps) {
  let activeTabId: number | null = null;

  async function compute(tabId: number | null): Promise<ActiveContext> {
    const row = tabId === null ? undefined : await db.pageContexts.get(tabId);
    const context = row?.context;
    const resolution = await resolve(context, tabId);
    return {
      tabId,
      app: context?.app ?? null,
      surface: context?.surface ?? null,
      readStatus: context?.readStatus ?? 'not-an-app',
      missing: context?.missing ?? [],
      resolution,
      ...(describe ? await describe(context, tabId, resolution) : {}),
      updatedAt: now().toISOString(),
    };
  }

  async function publish(): Promise<ActiveContext> {
    const context = await compute(activeTabId);
    notify(context);
    return context;
  }

  return {
    current: () => compute(activeTabId),
    /** The context of any tab (the panel may ask about the tab it was showing). */
    ofTab: (tabId: number | null) => compute(tabId),
    async reportPage(tabId: number, context: PageContext, tabIsActive: boolean): Promise<void> {
      await db.pageContexts.put({ tabId, context, updatedAt: now().toISOString() });
      if (tabIsActive) activeTabId = tabId;
      if (tabId === activeTabId) await publish();
    },
    async activateTab(tabId: number): Promise<void> {
      activeTabId = tabId;
      await publish();
    },
    async forgetTab(tabId: number): Promise<void> {
      await db.pageContexts.delete(tabId);
      if (tabId === activeTabId) await publish();
    },
    publish,
    activeTabId: () => activeTabId,
  };
}
export type ActiveContextService = ReturnType<typeof createActiveContextService>;

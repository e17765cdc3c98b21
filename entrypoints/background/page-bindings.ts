/**
 * The rep's hand-picked account per page ("this thread is Northwind"), in the local
 * `pageBindings` table (Dexie v2, never synced: Gmail and Outlook thread ids are per mailbox,
 * and a teammate's picks must not steer this rep's tabs; lasting team knowledge is the
 * account's CRM keys and domain, which do sync). A restarted worker still has them.
 */
import { pageKey, tabPageKey, type PageKey } from '@/lib/domain/account-resolution';
import type { AppId } from '@/lib/domain/vocabulary';
import type { MotiveDatabase, PageBindingRow } from '@/lib/db/schema';
import type { PageContext } from '@/lib/messaging/page-context';
import { parseGmailUrl } from '@/lib/sites/gmail/gmail-url';
import { parseMeetUrl } from '@/lib/sites/meet/meet-url';
import { parseOutlookUrl } from '@/lib/sites/outlook/outlook-url';
import { parseTeamsUrl } from '@/lib/sites/teams/teams-url';
import { parseZoomUrl } from '@/lib/sites/zoom/zoom-url';

/** The email and call apps' URL parsers: they name the thread or meeting (CRMs send `record`). */
const ITEM_PARSERS: Partial<Record<AppId, (url: URL) => { itemId?: string } | null>> = {
  gmail: parseGmailUrl,
  outlook: parseOutlookUrl,
  meet: parseMeetUrl,
  zoom: parseZoomUrl,
  teams: parseTeamsUrl,
};

function itemIdOf(context: PageContext): string | undefined {
  try {
    return ITEM_PARSERS[context.app]?.(new URL(context.url))?.itemId;
  } catch {
    return undefined; // Not a URL: the page names no item.
  }
}

/** The page a tab shows, for binding: its record, thread or meeting, else the tab itself. */
export function pageOfTab(context: PageContext | undefined, tabId: number): PageKey {
  const page = context
    ? pageKey({
        app: context.app,
        surface: context.surface,
        record: context.record,
        itemId: itemIdOf(context),
        meetingTitle: context.meeting?.title,
      })
    : undefined;
  return page ?? tabPageKey(tabId);
}

export function readBinding(db: MotiveDatabase, key: string): Promise<PageBindingRow | undefined> {
  return db.pageBindings.get(key);
}

/** Binds the page to the account, or clears its binding with null. */
export async function writeBinding(
  db: MotiveDatabase,
  page: PageKey,
  accountId: string | null,
  now: () => Date,
): Promise<void> {
  if (accountId === null) await db.pageBindings.delete(page.key);
  else
    await db.pageBindings.put({
      pageKey: page.key,
      accountId,
      label: page.label,
      createdAt: now().toISOString(),
    });
}

/** A closed or navigated tab takes its tab-only binding with it (page bindings stay). */
export async function forgetTabBinding(db: MotiveDatabase, tabId: number): Promise<void> {
  await db.pageBindings.delete(tabPageKey(tabId).key);
}

/**
 * Version 2: the rep's hand-picked account binds to a page, not to every tab (issue 12).
 *
 * Version 1 kept one global pin in `syncState` under `account-pin` ({ accountId, tabId }),
 * which followed the rep to other companies' pages and put their evidence on the pinned
 * account. The upgrade turns that pin into a binding for the page it was chosen on (the
 * pinned tab's stored page: its CRM record or meeting title, else the tab itself), then
 * deletes the pin. A pin with no tab, or whose tab's page is gone, is dropped: it was a
 * navigation choice, nothing the rep wrote, and the page's own match takes over.
 *
 * Frozen once released: never edit; add a new version for later changes.
 */
import type { Transaction } from 'dexie';
import { pageKey, tabPageKey } from '../../domain/account-resolution';
import type { PageContext } from '../../messaging/page-context';

export const V1_PIN_KEY = 'account-pin';

export interface PageBindingRow {
  /** page-key.ts: `<app>:thread:<id>`, `<app>:meeting:<code>`, `<app>:<type>:<id>`, `tab:<id>`. */
  pageKey: string;
  accountId: string;
  /** "this thread", "this meeting", "this record", "this tab" (said back to the rep). */
  label: string;
  createdAt: string;
}

export const V2_STORES = { pageBindings: 'pageKey, accountId' } as const;

export async function upgradeToV2(tx: Transaction): Promise<void> {
  const pin = (await tx.table('syncState').get(V1_PIN_KEY)) as
    { value?: { accountId?: unknown; tabId?: unknown } } | undefined;
  if (!pin) return;
  await tx.table('syncState').delete(V1_PIN_KEY);
  const { accountId, tabId } = pin.value ?? {};
  if (typeof accountId !== 'string' || typeof tabId !== 'number') return;
  const row = (await tx.table('pageContexts').get(tabId)) as
    { context?: PageContext; updatedAt?: string } | undefined;
  if (!row?.context) return;
  const { app, surface, record, meeting } = row.context;
  const page = pageKey({ app, surface, record, meetingTitle: meeting?.title }) ?? tabPageKey(tabId);
  const binding: PageBindingRow = {
    pageKey: page.key,
    accountId,
    label: page.label,
    createdAt: row.updatedAt ?? row.context.readAt,
  };
  await tx.table('pageBindings').put(binding);
}

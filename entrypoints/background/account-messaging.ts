/**
 * The panel's `overrideAccount`: binds the rep's account to the page a tab shows ("this thread
 * is Northwind"), or clears that page's binding. Never global: other pages keep their own
 * match. Guarded like every receiver: extension pages only, payload validated.
 */
import { panelChannel } from '@/lib/messaging/channels';
import { extensionPageSenderProblem } from '@/lib/messaging/guards';
import { guarded, MessageRejectedError } from '@/lib/messaging/receive';
import { panelSchemas } from '@/lib/messaging/schemas';
import type { ActiveContext } from '@/lib/messaging/protocol';
import { extensionIdentity } from './extension-identity';
import { getServices, type Services } from './services';

/**
 * Applies an override to `tabId` (the tab the panel showed when the rep chose; the active tab
 * when absent). Rejects an account that does not exist, or no tab at all. Exported for tests.
 */
export async function overrideAccount(
  services: Pick<Services, 'repos' | 'activeContext' | 'bindPage'>,
  { accountId, tabId }: { accountId: string | null; tabId?: number | undefined },
): Promise<ActiveContext> {
  if (accountId !== null && !(await services.repos.accounts.get(accountId))) {
    throw new MessageRejectedError(`Rejected: no account ${accountId}.`);
  }
  const tab = tabId ?? services.activeContext.activeTabId();
  if (tab === null) throw new MessageRejectedError('Rejected: no tab to choose an account for.');
  return services.bindPage(tab, accountId);
}

export function setupAccountMessaging(): void {
  panelChannel.onMessage(
    'overrideAccount',
    guarded(extensionIdentity(), extensionPageSenderProblem, panelSchemas.overrideAccount, (data) =>
      overrideAccount(getServices(), data),
    ),
  );
}

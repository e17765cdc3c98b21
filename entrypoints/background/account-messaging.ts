/**
 * The panel's `overrideAccount`: pin an account for the active tab (kept across tabs) or clear
 * the pin. Guarded like every receiver: extension pages only, payload validated.
 */
import { panelChannel } from '@/lib/messaging/channels';
import { extensionPageSenderProblem } from '@/lib/messaging/guards';
import { guarded, MessageRejectedError } from '@/lib/messaging/receive';
import { panelSchemas } from '@/lib/messaging/schemas';
import type { ActiveContext } from '@/lib/messaging/protocol';
import { writePin } from './account-pin';
import { extensionIdentity } from './extension-identity';
import { getServices, type Services } from './services';

/** Applies an override; exported for tests. Rejects an account that does not exist. */
export async function overrideAccount(
  services: Pick<Services, 'db' | 'repos' | 'activeContext' | 'afterResolution'>,
  accountId: string | null,
): Promise<ActiveContext> {
  if (accountId !== null && !(await services.repos.accounts.get(accountId))) {
    throw new MessageRejectedError(`Rejected: no account ${accountId}.`);
  }
  const tabId = services.activeContext.activeTabId();
  await writePin(services.db, accountId === null ? null : { accountId, tabId });
  const context = await services.activeContext.publish();
  await services.afterResolution(tabId);
  return context;
}

export function setupAccountMessaging(): void {
  panelChannel.onMessage(
    'overrideAccount',
    guarded(extensionIdentity(), extensionPageSenderProblem, panelSchemas.overrideAccount, ({ accountId }) =>
      overrideAccount(getServices(), accountId),
    ),
  );
}

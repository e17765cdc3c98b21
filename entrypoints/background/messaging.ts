/**
 * Message receivers. Every handler is `guarded`: sender checked first, payload validated
 * with zod, then handled; anything else is rejected with a clear error and changes nothing.
 */
import { contentChannel, panelChannel } from '@/lib/messaging/channels';
import { contentScriptSenderCheck, extensionPageSenderProblem } from '@/lib/messaging/guards';
import { guarded } from '@/lib/messaging/receive';
import { contentSchemas, panelSchemas } from '@/lib/messaging/schemas';
import { isAppUrl } from '@/lib/sites/hosts';
import { extensionIdentity } from './extension-identity';
import { getServices } from './services';
import { snapshotOfTab } from './page-snapshot';
import { insertSnippetInTab } from './snippet-insertion';

export function setupMessaging(): void {
  const self = extensionIdentity();
  const fromContent = contentScriptSenderCheck(isAppUrl);
  const fromPanel = extensionPageSenderProblem;

  contentChannel.onMessage(
    'reportPageContext',
    guarded(self, fromContent, contentSchemas.reportPageContext, async (context, sender) => {
      const tab = (sender as { tab?: { id?: number; active?: boolean } }).tab;
      await getServices().pageReported(tab?.id ?? -1, context, tab?.active ?? false);
      return { ok: true as const };
    }),
  );
  contentChannel.onMessage(
    'reportCaptions',
    guarded(self, fromContent, contentSchemas.reportCaptions, async (batch, sender) => {
      await getServices().captionsReported(sender.tab?.id ?? -1, batch);
      return { ok: true as const };
    }),
  );

  panelChannel.onMessage(
    'getActiveContext',
    guarded(self, fromPanel, panelSchemas.getActiveContext, () => getServices().activeContext.current()),
  );
  panelChannel.onMessage(
    'insertSnippet',
    guarded(self, fromPanel, panelSchemas.insertSnippet, ({ text }) =>
      insertSnippetInTab(getServices().activeContext.activeTabId(), text),
    ),
  );
  panelChannel.onMessage(
    'redactedPageSnapshot',
    guarded(self, fromPanel, panelSchemas.redactedPageSnapshot, () =>
      snapshotOfTab(getServices().activeContext.activeTabId()),
    ),
  );
  panelChannel.onMessage(
    'getCallRecord',
    guarded(self, fromPanel, panelSchemas.getCallRecord, ({ callId }) =>
      getServices().calls.record({
        ...(callId ? { callId } : {}),
        tabId: getServices().activeContext.activeTabId(),
      }),
    ),
  );
  panelChannel.onMessage(
    'endCall',
    guarded(self, fromPanel, panelSchemas.endCall, () => {
      const tabId = getServices().activeContext.activeTabId();
      return tabId === null ? null : getServices().calls.endNow(tabId);
    }),
  );
  panelChannel.onMessage(
    'syncNow',
    guarded(self, fromPanel, panelSchemas.syncNow, () => getServices().sync.controller.syncNow()),
  );
  panelChannel.onMessage(
    'getSyncStatus',
    guarded(self, fromPanel, panelSchemas.getSyncStatus, () => getServices().sync.controller.status()),
  );
}

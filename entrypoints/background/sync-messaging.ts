/** Receivers for the sync settings messages of the options page (guarded like every handler). */
import { panelChannel } from '@/lib/messaging/channels';
import { extensionPageSenderProblem } from '@/lib/messaging/guards';
import { guarded } from '@/lib/messaging/receive';
import { panelSchemas } from '@/lib/messaging/schemas';
import { extensionIdentity } from './extension-identity';
import { refreshSelectorPackSoon } from './selector-pack';
import { getServices } from './services';

export function setupSyncMessaging(): void {
  const self = extensionIdentity();
  panelChannel.onMessage(
    'configureSync',
    guarded(self, extensionPageSenderProblem, panelSchemas.configureSync, async (data) => {
      const status = await getServices().sync.controller.configure(data);
      // A new endpoint may carry a team selector pack: ask for it now rather than within the hour.
      if (data.endpoint !== null) refreshSelectorPackSoon();
      return status;
    }),
  );
  panelChannel.onMessage(
    'testSyncConnection',
    guarded(self, extensionPageSenderProblem, panelSchemas.testSyncConnection, (data) =>
      getServices().sync.controller.testConnection(data),
    ),
  );
}

/** Receivers for the sync settings messages of the options page (guarded like every handler). */
import { panelChannel } from '@/lib/messaging/channels';
import { extensionPageSenderProblem } from '@/lib/messaging/guards';
import { guarded } from '@/lib/messaging/receive';
import { panelSchemas } from '@/lib/messaging/schemas';
import { extensionIdentity } from './extension-identity';
import { getServices } from './services';

export function setupSyncMessaging(): void {
  const self = extensionIdentity();
  panelChannel.onMessage(
    'configureSync',
    guarded(self, extensionPageSenderProblem, panelSchemas.configureSync, (data) =>
      getServices().sync.controller.configure(data),
    ),
  );
  panelChannel.onMessage(
    'testSyncConnection',
    guarded(self, extensionPageSenderProblem, panelSchemas.testSyncConnection, (data) =>
      getServices().sync.controller.testConnection(data),
    ),
  );
}

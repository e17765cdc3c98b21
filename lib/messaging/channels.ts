/**
 * The messengers, one per channel. Sending uses @webext-core/messaging; receiving goes through
 * `runtime-router.ts` (same wire format; no prototype names, no stack traces). Importing this
 * module pulls in no zod, so content scripts may use it.
 */
import { defineExtensionMessaging, type ExtensionMessenger } from '@webext-core/messaging';
import type {
  BackgroundToContent,
  BackgroundToPanel,
  ContentToBackground,
  PanelToBackground,
} from './protocol';
import { runtimeRouter } from './runtime-router';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mirrors the library's own constraint
function routed<P extends Record<string, any>>(messenger: ExtensionMessenger<P>): ExtensionMessenger<P> {
  const onMessage = ((type: string, handler: (message: never) => unknown) =>
    runtimeRouter.on(type, handler as never)) as ExtensionMessenger<P>['onMessage'];
  return { ...messenger, onMessage };
}

export const contentChannel = routed(defineExtensionMessaging<ContentToBackground>());
export const panelChannel = routed(defineExtensionMessaging<PanelToBackground>());
export const panelEvents = routed(defineExtensionMessaging<BackgroundToPanel>());
export const contentCommands = routed(defineExtensionMessaging<BackgroundToContent>());

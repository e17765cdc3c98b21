/**
 * The messengers, one per channel. Importing this module pulls in @webext-core/messaging
 * only (no zod), so content scripts may use it.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type {
  BackgroundToContent,
  BackgroundToPanel,
  ContentToBackground,
  PanelToBackground,
} from './protocol';

export const contentChannel = defineExtensionMessaging<ContentToBackground>();
export const panelChannel = defineExtensionMessaging<PanelToBackground>();
export const panelEvents = defineExtensionMessaging<BackgroundToPanel>();
export const contentCommands = defineExtensionMessaging<BackgroundToContent>();

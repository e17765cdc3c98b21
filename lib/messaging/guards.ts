/**
 * Sender checks, run before any payload is looked at (fail closed). Each guard returns null
 * when the sender is acceptable, else the reason it is not.
 */
import { isAppUrl } from '../sites/hosts';

/** The subset of `runtime.MessageSender` the guards read (Chrome and Firefox agree on it). */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface ExtensionIdentity {
  /** `browser.runtime.id` */
  id: string;
  /** `browser.runtime.getURL('/')`, e.g. "chrome-extension://abc/". */
  baseUrl: string;
}

/** Content messages: from this extension, from a tab, on one of the apps Motive reads. */
export function contentScriptSenderProblem(sender: SenderLike, self: ExtensionIdentity): string | null {
  if (sender.id !== self.id) return 'message is not from this extension';
  if (sender.tab?.id === undefined) return 'content message did not come from a tab';
  if (sender.url?.startsWith(self.baseUrl)) return 'content message came from an extension page';
  if (!isAppUrl(sender.url)) return 'content message came from a page Motive does not read';
  return null;
}

/** Panel messages: from this extension's own pages (side panel, options), never a content script. */
export function extensionPageSenderProblem(sender: SenderLike, self: ExtensionIdentity): string | null {
  if (sender.id !== self.id) return 'message is not from this extension';
  if (sender.url === undefined || !sender.url.startsWith(self.baseUrl)) {
    return 'panel message did not come from an extension page';
  }
  return null;
}

/** Messages the background sends to pages and content scripts: from this extension only. */
export function ownExtensionSenderProblem(sender: SenderLike, self: ExtensionIdentity): string | null {
  return sender.id === self.id ? null : 'message is not from this extension';
}

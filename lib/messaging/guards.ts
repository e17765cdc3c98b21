/**
 * Sender checks, run before any payload is looked at (fail closed). Each guard returns null
 * when the sender is acceptable, else the reason it is not.
 */

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

/**
 * Content messages: from this extension, from a tab, on one of the apps Motive reads. Which
 * URLs those are is data the caller passes (the site registry's hosts), so messaging does not
 * depend on the readers.
 */
export function contentScriptSenderCheck(isAppUrl: (url: string | undefined) => boolean) {
  return (sender: SenderLike, self: ExtensionIdentity): string | null => {
    if (sender.id !== self.id) return 'message is not from this extension';
    if (sender.tab?.id === undefined) return 'content message did not come from a tab';
    if (sender.url?.startsWith(self.baseUrl)) return 'content message came from an extension page';
    if (!isAppUrl(sender.url)) return 'content message came from a page Motive does not read';
    return null;
  };
}

/** Panel messages: from this extension's own pages (side panel, options), never a content script. */
export function extensionPageSenderProblem(sender: SenderLike, self: ExtensionIdentity): string | null {
  if (sender.id !== self.id) return 'message is not from this extension';
  if (sender.url === undefined || !sender.url.startsWith(self.baseUrl)) {
    return 'panel message did not come from an extension page';
  }
  return null;
}

/**
 * The background's own script, per browser: Chrome's service worker, or the page Firefox
 * generates for MV2 background scripts.
 */
const BACKGROUND_PATHS = ['background.js', '_generated_background_page.html'];

/**
 * Announcements extension pages accept: from this extension's background only. Content
 * scripts carry the extension's id too, so the id alone proves nothing; they (and
 * tab-hosted extension pages) also carry a tab, and their URL is not the background's.
 */
export function backgroundSenderProblem(sender: SenderLike, self: ExtensionIdentity): string | null {
  if (sender.id !== self.id) return 'message is not from this extension';
  if (sender.tab !== undefined) return 'event came from a tab, not the background';
  const isBackground = BACKGROUND_PATHS.some((path) => sender.url === `${self.baseUrl}${path}`);
  if (!isBackground) return 'event did not come from the background';
  return null;
}

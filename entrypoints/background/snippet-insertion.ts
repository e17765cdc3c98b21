import { contentCommands } from '@/lib/messaging/channels';
import type { InsertResult } from '@/lib/messaging/protocol';
import { appForUrl } from '@/lib/sites/hosts';

export interface SnippetInsertionDeps {
  /** The tab's URL (host permissions make it readable on the apps Motive reads). */
  tabUrl(tabId: number): Promise<string | undefined>;
  send(tabId: number, text: string): Promise<InsertResult>;
}

const defaultDeps: SnippetInsertionDeps = {
  tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
  send: (tabId, text) => contentCommands.sendMessage('insertIntoCompose', { text }, tabId),
};

/** The message Chrome and Firefox give when no content script listens in the tab. */
const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/i;

/**
 * Asks the tab's email content script to insert `text` into its focused compose box, and
 * says what actually failed when it cannot: no tab, a tab that is not Gmail or Outlook, a
 * reader not yet running there (the tab was open before Motive was installed or updated),
 * or the reader's own reason.
 */
export async function insertSnippetInTab(
  tabId: number | null,
  text: string,
  deps: SnippetInsertionDeps = defaultDeps,
): Promise<InsertResult> {
  if (tabId === null)
    return { inserted: false, reason: 'No tab is active: open the Gmail or Outlook reply first.' };
  const url = await deps.tabUrl(tabId).catch(() => undefined);
  if (appForUrl(url)?.surface !== 'email')
    return {
      inserted: false,
      reason: 'The active tab is not Gmail or Outlook: switch to the email you are replying to.',
    };
  try {
    return await deps.send(tabId, text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return NO_RECEIVER.test(message)
      ? {
          inserted: false,
          reason:
            'Motive’s email reader is not running in this tab yet: reload the email tab once, then insert again.',
        }
      : { inserted: false, reason: `The email tab could not insert it: ${message}` };
  }
}

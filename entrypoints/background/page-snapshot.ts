/**
 * The panel's "Save a redacted page snapshot": the active tab's reader takes the snapshot
 * (content command), the background checks the reply's shape and passes it to the panel,
 * which saves it as a file. Nothing is sent anywhere else.
 */
import { z } from 'zod';
import { APPS } from '@/lib/domain/vocabulary';
import { contentCommands } from '@/lib/messaging/channels';
import type { SnapshotResult } from '@/lib/messaging/protocol';
import { appForUrl } from '@/lib/sites/hosts';

/** Larger than any snapshot the redaction writes (200,000 nodes), below messaging limits. */
const MAX_SNAPSHOT = 32 * 1024 * 1024;

const replySchema = z
  .object({
    snapshot: z.string().max(MAX_SNAPSHOT).optional(),
    app: z.enum(APPS).optional(),
    reason: z.string().max(500).optional(),
  })
  .strict();

export interface PageSnapshotDeps {
  tabUrl(tabId: number): Promise<string | undefined>;
  send(tabId: number): Promise<unknown>;
}

const defaultDeps: PageSnapshotDeps = {
  tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
  send: (tabId) => contentCommands.sendMessage('redactedSnapshot', {}, tabId),
};

const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/i;

export async function snapshotOfTab(
  tabId: number | null,
  deps: PageSnapshotDeps = defaultDeps,
): Promise<SnapshotResult> {
  if (tabId === null) return { reason: 'No tab is active.' };
  const url = await deps.tabUrl(tabId).catch(() => undefined);
  if (!appForUrl(url)) return { reason: 'The active tab is not a page Motive reads.' };
  try {
    const reply = replySchema.safeParse(await deps.send(tabId));
    return reply.success
      ? reply.data
      : { reason: 'The page’s reader gave an answer Motive does not expect.' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return NO_RECEIVER.test(message)
      ? { reason: 'Motive’s reader is not running in this tab yet: reload the tab once, then try again.' }
      : { reason: `The tab could not take a snapshot: ${message}` };
  }
}

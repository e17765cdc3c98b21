import { contentCommands } from '@/lib/messaging/channels';
import type { InsertResult } from '@/lib/messaging/protocol';

/** Asks the active tab's email content script to insert `text` into its focused compose box. */
export async function insertSnippetInActiveTab(tabId: number | null, text: string): Promise<InsertResult> {
  if (tabId === null) return { inserted: false, reason: 'No email tab is active.' };
  try {
    return await contentCommands.sendMessage('insertIntoCompose', { text }, tabId);
  } catch {
    return {
      inserted: false,
      reason: 'The active tab has no Motive email reader (is it Gmail or Outlook?).',
    };
  }
}

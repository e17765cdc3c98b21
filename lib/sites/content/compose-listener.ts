/**
 * Answers the background's `insertIntoCompose` in an email tab: the compose box the rep last
 * focused (or the only one open) gets the snippet as plain text.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { contentCommands } from '../../messaging/channels';
import type { InsertResult } from '../../messaging/protocol';
import { insertPlainText } from './compose-insertion';
import type { RunningReporter } from './page-reporter';
import { cutText } from '../../domain/text';

const MAX_SNIPPET = 10_000;

export function startComposeListener(ctx: ContentScriptContext, page: RunningReporter): void {
  const findBox = page.reader.composeBox;
  if (!findBox) return;
  let lastFocused: HTMLElement | null = null;
  ctx.addEventListener(document, 'focusin', (event) => {
    const target = event.target as HTMLElement | null;
    if (target?.isContentEditable)
      lastFocused = target.closest<HTMLElement>('[contenteditable="true"]') ?? target;
  });

  const remove = contentCommands.onMessage('insertIntoCompose', ({ data, sender }): InsertResult => {
    if (sender.id !== browser.runtime.id) return { inserted: false, reason: 'Not from Motive.' };
    if (!page.settings().readEmail)
      return { inserted: false, reason: 'Email reading is off in Motive’s options.' };
    const text = typeof data?.text === 'string' ? cutText(data.text, MAX_SNIPPET) : '';
    if (!text) return { inserted: false, reason: 'The snippet is empty.' };
    const box = lastFocused?.isConnected ? lastFocused : findBox(document);
    if (!box)
      return { inserted: false, reason: 'No compose box is open: start a reply or a new message first.' };
    return insertPlainText(box, text);
  });
  ctx.onInvalidated(remove);
}

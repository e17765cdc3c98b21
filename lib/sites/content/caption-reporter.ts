/**
 * Sends a call page's final caption lines to the background in small batches, only while the
 * "read captions" switch is on. Text is bounded to the schema's limits before sending; a failed
 * send is tried again (caption-send-queue.ts).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { contentChannel } from '../../messaging/channels';
import type { FinalCaptionLine } from '../captions/caption-tracker';
import { boundText } from '../dom/page-text';
import { LIMITS } from '../site-reader';
import { UNKNOWN_SPEAKER } from '../captions/unknown-speaker';
import { createCaptionWatcher } from './caption-watcher';
import { createCaptionSendQueue } from './caption-send-queue';
import type { RunningReporter } from './page-reporter';

export function startCaptionReporter(ctx: ContentScriptContext, page: RunningReporter): void {
  const captions = page.reader.captions;
  if (!captions) return;
  const parsed = page.reader.parseUrl(new URL(location.href));
  const idPrefix = `${page.reader.app}:${parsed?.itemId ?? 'call'}:${Date.now().toString(36)}`;
  const queue = createCaptionSendQueue({
    send: (lines) => {
      const title = page.reader.read(document, new URL(location.href)).meeting?.title;
      return contentChannel.sendMessage('reportCaptions', {
        ...(title ? { meetingTitle: title } : {}),
        lines,
      });
    },
    setTimer: (run, ms) => ctx.setTimeout(run, ms),
  });

  const watcher = createCaptionWatcher({
    captions,
    doc: document,
    idPrefix,
    now: () => Date.now(),
    setTimer: (run, ms) => ctx.setTimeout(run, ms),
    onLines: (lines: FinalCaptionLine[]) => {
      if (!page.settings().readCaptions) return;
      queue.push(
        lines.map((line) => ({
          id: line.id.slice(0, 200),
          speaker: boundText(line.speaker, LIMITS.name) || UNKNOWN_SPEAKER,
          text: boundText(line.text, LIMITS.captionText),
          at: line.at,
        })),
      );
    },
  });
  page.onMutations(() => {
    if (page.settings().readCaptions) watcher.onMutations();
  });
  page.onSettings((settings) => {
    // Switched off: drop what is queued; nothing more leaves the page.
    if (!settings.readCaptions) queue.clear();
  });
  if (page.settings().readCaptions) watcher.readNow();
}

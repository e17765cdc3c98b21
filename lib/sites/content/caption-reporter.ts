/**
 * Sends a call page's final caption lines to the background in small batches, only while the
 * "read captions" switch is on. Text is bounded to the schema's limits before sending.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { contentChannel } from '../../messaging/channels';
import type { CaptionLine } from '../../messaging/page-context';
import type { FinalCaptionLine } from '../captions/caption-tracker';
import { boundText } from '../dom/page-text';
import { LIMITS } from '../site-reader';
import { UNKNOWN_SPEAKER } from '../captions/unknown-speaker';
import { createCaptionWatcher } from './caption-watcher';
import { createCoalescer } from './coalesce';
import type { RunningReporter } from './page-reporter';

const MAX_BATCH = 200;

export function startCaptionReporter(ctx: ContentScriptContext, page: RunningReporter): void {
  const captions = page.reader.captions;
  if (!captions) return;
  const parsed = page.reader.parseUrl(new URL(location.href));
  const idPrefix = `${page.reader.app}:${parsed?.itemId ?? 'call'}:${Date.now().toString(36)}`;
  let queue: CaptionLine[] = [];

  const send = () => {
    const lines = queue.splice(0, MAX_BATCH);
    if (lines.length === 0) return;
    const title = page.reader.read(document, new URL(location.href)).meeting?.title;
    void contentChannel
      .sendMessage('reportCaptions', { ...(title ? { meetingTitle: title } : {}), lines })
      .catch((error: unknown) => console.warn('Motive: captions not delivered', error));
    if (queue.length > 0) sender.request();
  };
  const sender = createCoalescer(send, 200, (run, ms) => ctx.setTimeout(run, ms));

  const watcher = createCaptionWatcher({
    captions,
    doc: document,
    idPrefix,
    now: () => Date.now(),
    setTimer: (run, ms) => ctx.setTimeout(run, ms),
    onLines: (lines: FinalCaptionLine[]) => {
      if (!page.settings().readCaptions) return;
      queue.push(
        ...lines.map((line) => ({
          id: line.id.slice(0, 200),
          speaker: boundText(line.speaker, LIMITS.name) || UNKNOWN_SPEAKER,
          text: boundText(line.text, LIMITS.captionText),
          at: line.at,
        })),
      );
      sender.request();
    },
  });
  page.onMutations(() => {
    if (page.settings().readCaptions) watcher.onMutations();
  });
  page.onSettings((settings) => {
    // Switched off: drop what is queued; nothing more leaves the page.
    if (!settings.readCaptions) queue = [];
  });
  if (page.settings().readCaptions) watcher.readNow();
}

/**
 * Answers the background's `redactedSnapshot` in the frame that reads the page: the live
 * document is walked read-only into a redacted string (names and text masked, structure kept)
 * and handed back; the panel saves it as a local file. Only this extension's background may ask.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AppId } from '../../domain/vocabulary';
import { contentCommands } from '../../messaging/channels';
import { backgroundSenderProblem, type ExtensionIdentity, type SenderLike } from '../../messaging/guards';
import type { SnapshotResult } from '../../messaging/protocol';
import { redactedSnapshot } from '../health/redact-snapshot';
import type { RunningReporter } from './page-reporter';

export function answerSnapshotRequest(
  sender: SenderLike,
  self: ExtensionIdentity,
  doc: Document,
  app: AppId,
  now: Date,
): SnapshotResult {
  const problem = backgroundSenderProblem(sender, self);
  if (problem) return { reason: `Refused: ${problem}.` };
  return { app, snapshot: redactedSnapshot(doc, `${app} page, ${now.toISOString()}`) };
}

export function startSnapshotListener(ctx: ContentScriptContext, page: RunningReporter): void {
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  const remove = contentCommands.onMessage('redactedSnapshot', ({ sender }) =>
    answerSnapshotRequest(sender, self, document, page.reader.app, new Date()),
  );
  ctx.onInvalidated(remove);
}

/**
 * The content-script side of every reader: watch the page (one MutationObserver plus
 * `wxt:locationchange` for SPA navigation — never polling), re-read it at most every 400 ms
 * while it changes, and report only when what was read changed. Every observer, listener and
 * timer is tied to the ContentScriptContext, so an updated or removed extension leaves nothing
 * running in the page. Privacy switches are obeyed here, in the page, before anything is read.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readSettings, watchSettings, type MotiveSettings } from '../../browser/settings';
import { contentChannel } from '../../messaging/channels';
import { appForUrl } from '../hosts';
import type { SiteReader } from '../site-reader';
import { createCoalescer } from './coalesce';
import { frameShouldRead } from './frame-policy';

/** Attributes whose changes matter to readers (toggle states, names in labels, form values). */
const WATCHED_ATTRIBUTES = ['aria-pressed', 'aria-label', 'title', 'value', 'href', 'data-meeting-title'];

export interface PageReporterOptions {
  readers: readonly SiteReader[];
  /** The privacy switch that gates reading this surface; null when none does. */
  setting: keyof MotiveSettings | null;
}

export interface RunningReporter {
  reader: SiteReader;
  settings(): MotiveSettings;
  /** Called on every mutation batch (after the reporter's own, cheap, scheduling). */
  onMutations(listener: () => void): void;
  onSettings(listener: (settings: MotiveSettings) => void): void;
}

/** Starts reading the page; undefined when no reader covers it or this frame must not read. */
export async function startPageReporter(
  ctx: ContentScriptContext,
  { readers, setting }: PageReporterOptions,
): Promise<RunningReporter | undefined> {
  const app = appForUrl(location.href)?.app;
  const reader = readers.find((r) => r.app === app);
  const isTop = window === window.top;
  if (!reader || !frameShouldRead(reader, document, isTop)) return undefined;

  let settings = await readSettings();
  let lastSent = '';
  const mutationListeners: (() => void)[] = [];
  const settingsListeners: ((s: MotiveSettings) => void)[] = [];

  const report = () => {
    if (ctx.isInvalid || (setting !== null && !settings[setting])) return;
    if (!frameShouldRead(reader, document, isTop)) return;
    const read = reader.read(document, new URL(location.href));
    const key = JSON.stringify(read);
    if (key === lastSent) return;
    lastSent = key;
    contentChannel
      .sendMessage('reportPageContext', { ...read, readAt: new Date().toISOString() })
      .catch(() => {
        // The background may be restarting: send again on the next change.
        lastSent = '';
      });
  };
  const coalescer = createCoalescer(report, 400, (run, ms) => ctx.setTimeout(run, ms));

  const observer = new MutationObserver(() => {
    coalescer.request();
    for (const listener of mutationListeners) listener();
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', () => coalescer.request());
  ctx.onInvalidated(
    watchSettings((next) => {
      settings = next;
      lastSent = '';
      coalescer.request();
      for (const listener of settingsListeners) listener(next);
    }),
  );
  coalescer.request();

  return {
    reader,
    settings: () => settings,
    onMutations: (listener) => mutationListeners.push(listener),
    onSettings: (listener) => settingsListeners.push(listener),
  };
}

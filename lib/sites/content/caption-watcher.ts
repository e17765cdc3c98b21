/**
 * Reads a call page's live captions on mutation and hands over FINAL lines (see
 * `captions/caption-tracker.ts`). Timers are injected so the same code runs in the content
 * script (ctx.setTimeout) and in the benchmark harness.
 */
import { createCaptionTracker, type FinalCaptionLine } from '../captions/caption-tracker';
import type { CaptionReader } from '../site-reader';
import { createCoalescer, type SetTimer } from './coalesce';

/**
 * Least time between two caption reads while the page keeps changing (ms). A line that turns
 * final waits at most this long, nothing after a quiet spell. 180 ms keeps the read rate of a
 * busy call page where it was when reads ran 150 ms after the first change following a read
 * (captions.bench: 44 reads in 8 s either way; 150 ms here made it 53).
 */
export const CAPTION_READ_INTERVAL_MS = 180;

/** Settles a little after the idle time, so a block changed exactly then counts as idle. */
const SETTLE_MARGIN_MS = 50;

export interface CaptionWatcherOptions {
  captions: CaptionReader;
  doc: Document;
  idPrefix: string;
  now: () => number;
  setTimer: SetTimer;
  onLines: (lines: FinalCaptionLine[]) => void;
  /** Least time between caption reads (default CAPTION_READ_INTERVAL_MS). */
  readDelayMs?: number;
  idleMs?: number;
}

export function createCaptionWatcher(options: CaptionWatcherOptions) {
  const idleMs = options.idleMs ?? 1500;
  const tracker = createCaptionTracker({ idPrefix: options.idPrefix, idleMs });
  // Caption blocks are keyed by their element: a rewrite keeps the element, a new turn adds one.
  const keys = new WeakMap<Element, string>();
  let nextKey = 0;
  let regionSeen = false;
  const keyOf = (element: Element) => {
    let key = keys.get(element);
    if (key === undefined) {
      key = String(nextKey++);
      keys.set(element, key);
    }
    return key;
  };
  const emit = (lines: FinalCaptionLine[]) => {
    if (lines.length > 0) options.onLines(lines);
  };
  // One settle timer at a time, set for when the newest change goes idle. After it runs it is
  // set again while something on screen is not final yet: a burst of changes followed by a
  // pause must still end in a saved line, with no further mutation to wake the watcher.
  let settleScheduled = false;
  const scheduleSettle = () => {
    const at = tracker.nextSettleAt();
    if (settleScheduled || at === null) return;
    settleScheduled = true;
    options.setTimer(
      () => {
        settleScheduled = false;
        emit(tracker.settle(options.now()));
        scheduleSettle();
      },
      Math.max(0, at - options.now()) + SETTLE_MARGIN_MS,
    );
  };

  function read(): void {
    const region = options.captions.region(options.doc);
    if (!region) {
      // Captions turned off or the call ended: what was on screen is final now.
      if (regionSeen) emit(tracker.flush(options.now()));
      regionSeen = false;
      return;
    }
    regionSeen = true;
    const entries = options.captions.entries(options.doc);
    emit(
      tracker.observe(
        entries.map((e) => ({ key: keyOf(e.element), speaker: e.speaker, text: e.text })),
        options.now(),
      ),
    );
    scheduleSettle();
  }
  // Leading: a line that turns final is read at once after a quiet spell, and at most one
  // interval late while the page keeps changing (it used to wait 150 ms after the change, always).
  const coalesced = createCoalescer(read, options.readDelayMs ?? CAPTION_READ_INTERVAL_MS, options.setTimer, {
    now: options.now,
  });

  return {
    /** Call from the page's MutationObserver: cheap, the read itself is coalesced (see coalesce.ts). */
    onMutations: () => coalesced.request(),
    /** Reads now (tests and the benchmark). */
    readNow: read,
    /** Everything still on screen becomes final (captions switched off in Motive, page leaving). */
    flush: () => emit(tracker.flush(options.now())),
  };
}

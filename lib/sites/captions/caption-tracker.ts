/**
 * Turns what a call app shows as live captions into FINAL lines. Apps rewrite the caption
 * being spoken (interim results: "their" → "there", punctuation added, words replaced) and
 * keep old caption blocks on screen, so the tracker emits each stretch of speech once:
 *
 *  1. a block followed by a newer block (the speaker switched or paused) is final;
 *  2. in the newest block, sentences are final once the next sentence has started;
 *  3. a block removed from the screen, or unchanged for `idleMs`, is final;
 *  4. later rewrites of text already emitted are ignored; new words after it become a new
 *     line (found by matching the emitted tail word by word, so re-punctuation and trimming
 *     of the block's start do not duplicate anything);
 *  5. a block whose element the app reuses for another speaker, or for fresh speech, ends the
 *     previous line and starts anew (Zoom's caption overlay does both).
 *
 * Pure: the caller passes the time and a key per on-screen block (content scripts key on the
 * element). No timers here; `settle(now)` is called from the caller's debounce.
 */

/** One caption block as shown now. */
export interface CaptionSnapshotEntry {
  key: string;
  /** '' while the app has not labelled the speaker yet. */
  speaker: string;
  text: string;
}

/** A caption line that will not change any more. */
export interface FinalCaptionLine {
  id: string;
  speaker: string;
  text: string;
  /** ISO time the first word of the line was seen. */
  at: string;
}

interface BlockState {
  speaker: string;
  words: string[];
  /** Normalised words already emitted (only the tail is used to re-find the position). */
  emitted: string[];
  /** How many words have been emitted in all (fallback when the tail cannot be found). */
  emittedCount: number;
  segment: number;
  changedAt: number;
  /** When the words after the emitted ones were first seen. */
  pendingSince: number;
  /** False once everything shown has been emitted; any change makes it true again. */
  unsettled: boolean;
}

export interface CaptionTrackerOptions {
  /** Makes line ids unique across meetings and page loads, e.g. "abc-defg-hij:1732280000". */
  idPrefix: string;
  /** A block unchanged this long is final (default 1500 ms). */
  idleMs?: number;
  /** Longest line text (characters); longer speech is split. */
  maxLineLength?: number;
}

const TAIL = 6;
const normalise = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const splitWords = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * Index in `words` just after the emitted tail, or -1 when it is not found. Shorter tails are
 * tried too (down to two words), because apps trim the start of a long block. When the tail
 * occurs more than once ("no, no, no"), the occurrence nearest to where the emitted words
 * ended (`expected`, never after it unless nothing is before it) is the one.
 */
function positionAfter(words: readonly string[], emitted: readonly string[], expected: number): number {
  if (emitted.length === 0) return 0;
  const norm = words.map(normalise);
  for (let size = Math.min(TAIL, emitted.length); size >= Math.min(2, emitted.length); size--) {
    const tail = emitted.slice(-size);
    const ends: number[] = [];
    for (let end = size; end <= norm.length; end++) {
      if (tail.every((w, i) => norm[end - size + i] === w)) ends.push(end);
    }
    const before = ends.filter((end) => end <= expected);
    if (before.length > 0) return before[before.length - 1]!;
    if (ends.length > 0) return ends[0]!;
  }
  return -1;
}

/** Number of leading words that form complete sentences followed by more speech. */
function settledCount(words: readonly string[]): number {
  for (let i = words.length - 2; i >= 0; i--) {
    if (/[.?!…]["')\]]*$/.test(words[i] ?? '')) return i + 1;
  }
  return 0;
}

/**
 * Where to resume when the emitted tail is gone. If the block's words are mostly ones already
 * emitted, it was rewritten in place (emitting again would duplicate): resume after the count
 * emitted. Otherwise the app reused the element for new speech (Zoom's overlay): start over.
 */
function fallbackStart(state: BlockState): number {
  const head = state.words.slice(0, 8).map(normalise);
  const history = new Set(state.emitted);
  const overlap = head.filter((w) => history.has(w)).length / Math.max(1, head.length);
  if (overlap >= 0.5) return Math.min(state.emittedCount, state.words.length);
  state.emitted = [];
  state.emittedCount = 0;
  return 0;
}

/**
 * True when `next` is new speech rather than a rewrite of `previous`: neither text's opening
 * words appear in the other (a growing, re-punctuated or start-trimmed block shares them).
 */
function isFreshSpeech(previous: readonly string[], next: readonly string[]): boolean {
  if (previous.length === 0 || next.length === 0) return false;
  const share = (a: readonly string[], b: readonly string[]) => {
    const head = a.slice(0, 8).map(normalise);
    const set = new Set(b.map(normalise));
    return head.filter((w) => set.has(w)).length / head.length;
  };
  return share(previous, next) < 0.5 && share(next, previous) < 0.5;
}

/** Rule 1 for a reused element: a new speaker in the same block ends the previous speech. */
function restart(state: BlockState, entry: CaptionSnapshotEntry, words: string[], now: number): void {
  Object.assign(state, {
    speaker: entry.speaker,
    words,
    emitted: [],
    emittedCount: 0,
    changedAt: now,
    pendingSince: now,
    unsettled: true,
  });
}

export function createCaptionTracker(options: CaptionTrackerOptions) {
  const idleMs = options.idleMs ?? 1500;
  const maxLength = options.maxLineLength ?? 5000;
  const blocks = new Map<string, BlockState>();
  const order: string[] = [];

  /** Emits the words of `key` between the emitted tail and `upTo` (a word count). */
  function emit(key: string, state: BlockState, upTo: number | 'all', now: number): FinalCaptionLine[] {
    const start = positionAfter(state.words, state.emitted, state.emittedCount);
    const from = start >= 0 ? start : fallbackStart(state);
    const end = upTo === 'all' ? state.words.length : upTo;
    if (end <= from) return [];
    const fresh = state.words.slice(from, end);
    state.emitted = [...state.emitted, ...fresh.map(normalise)].slice(-TAIL * 4);
    state.emittedCount += fresh.length;
    const text = fresh.join(' ').slice(0, maxLength);
    const line = {
      id: `${options.idPrefix}:${key}:${state.segment}`,
      speaker: state.speaker,
      text,
      at: new Date(state.pendingSince).toISOString(),
    };
    state.segment += 1;
    state.pendingSince = now;
    return text.trim() ? [line] : [];
  }

  function finishRemoved(present: Set<string>, now: number): FinalCaptionLine[] {
    const lines: FinalCaptionLine[] = [];
    for (const key of [...order]) {
      if (present.has(key)) continue;
      const state = blocks.get(key);
      if (state) lines.push(...emit(key, state, 'all', now));
      blocks.delete(key);
      order.splice(order.indexOf(key), 1);
    }
    return lines;
  }

  return {
    /** Takes the blocks on screen now (oldest first); returns lines that became final. */
    observe(entries: readonly CaptionSnapshotEntry[], now: number): FinalCaptionLine[] {
      const present = new Set(entries.map((e) => e.key));
      const lines = finishRemoved(present, now);
      entries.forEach((entry, index) => {
        let state = blocks.get(entry.key);
        const words = splitWords(entry.text);
        if (!state) {
          state = {
            speaker: entry.speaker,
            words,
            emitted: [],
            emittedCount: 0,
            segment: 0,
            changedAt: now,
            pendingSince: now,
            unsettled: true,
          };
          blocks.set(entry.key, state);
          order.push(entry.key);
        } else if (entry.speaker !== state.speaker && state.speaker === '') {
          // The app labelled the speaker after the first words: same speech, now named.
          state.speaker = entry.speaker;
          state.words = words;
          state.changedAt = now;
          state.unsettled = true;
        } else if (entry.speaker !== state.speaker) {
          lines.push(...emit(entry.key, state, 'all', now));
          restart(state, entry, words, now);
        } else if (words.join(' ') !== state.words.join(' ')) {
          if (isFreshSpeech(state.words, words)) {
            lines.push(...emit(entry.key, state, 'all', now));
            restart(state, entry, words, now);
          } else {
            state.words = words;
            state.changedAt = now;
            state.unsettled = true;
          }
        }
        const isNewest = index === entries.length - 1;
        lines.push(...emit(entry.key, state, isNewest ? settledCount(words) : 'all', now));
        if (!isNewest) state.unsettled = false;
      });
      return lines;
    },
    /** Finalises blocks unchanged for `idleMs` (call after the caller's debounce). */
    settle(now: number): FinalCaptionLine[] {
      return order.flatMap((key) => {
        const state = blocks.get(key);
        if (!state || now - state.changedAt < idleMs) return [];
        state.unsettled = false;
        return emit(key, state, 'all', now);
      });
    },
    /**
     * When the next block on screen goes idle (its last change plus `idleMs`), or null when
     * everything shown is already final. The caller sets its timer for then, so the last line
     * before a pause is saved even when the page never changes again.
     */
    nextSettleAt(): number | null {
      let next: number | null = null;
      for (const state of blocks.values()) {
        if (state.unsettled) next = Math.min(next ?? Infinity, state.changedAt + idleMs);
      }
      return next;
    },
    /** Finalises everything (captions turned off, page leaving). */
    flush(now: number): FinalCaptionLine[] {
      return finishRemoved(new Set(), now);
    },
  };
}
export type CaptionTracker = ReturnType<typeof createCaptionTracker>;

/**
 * A note asked for with `n` while no note box is on screen (renewal prep or email mode, away
 * from Notes): the panel opens Notes, and until its box takes the focus, what the rep types
 * is kept as the note's text instead of being read as shortcuts (a `p` would switch person,
 * an `m` the mode). The box then takes the text and the keyboard. A Ctrl/⌘+Enter pressed
 * before the box appears is the rep saying "save it": the box saves the text once it is up,
 * instead of that key falling through to nothing.
 */
export interface HeldNote {
  text: string;
  /** Ctrl/⌘+Enter was pressed on this text while the box was still opening. */
  save: boolean;
}

export interface NoteRequest {
  /**
   * Stops keeping keys and hands over what was typed; `null` once taken, so a note box that
   * mounts again later (back to Notes) does not start a second note from the same request.
   */
  take(): HeldNote | null;
}

/**
 * Keys are kept for at most this long: if the box never appears, shortcuts come back (what
 * was kept until then still goes to the box if it appears later).
 */
export const NOTE_REQUEST_LIMIT_MS = 3_000;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A key that types text: one code point (an emoji key's `key` is two UTF-16 units), not "Tab". */
const isCharacter = (key: string) => [...key].length === 1;

/** Backspace deletes what the rep sees as one character: a flag or an emoji, not half of it. */
function withoutLastGrapheme(text: string): string {
  return [...graphemes.segment(text)]
    .slice(0, -1)
    .map((g) => g.segment)
    .join('');
}

export function createNoteRequest(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
  limitMs = NOTE_REQUEST_LIMIT_MS,
): NoteRequest {
  let typed = '';
  let save = false;
  let open = true;
  let taken = false;
  const onKey = (event: KeyboardEvent) => {
    if (event.isComposing) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey && typed.trim()) {
      // The note is finished: save it when the box is up, and give the keyboard back.
      save = true;
      event.preventDefault();
      event.stopImmediatePropagation();
      stop();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (isCharacter(event.key)) typed += event.key;
    else if (event.key === 'Backspace') typed = withoutLastGrapheme(typed);
    else return;
    // Text, not a shortcut: keep it from the panel's keyboard handler and the page.
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const stop = () => {
    if (!open) return;
    open = false;
    clearTimeout(timer);
    target.removeEventListener('keydown', onKey as EventListener, true);
  };
  const timer = setTimeout(stop, limitMs);
  target.addEventListener('keydown', onKey as EventListener, true);
  return {
    take() {
      if (taken) return null;
      taken = true;
      stop();
      return { text: typed, save };
    },
  };
}

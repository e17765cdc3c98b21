/**
 * A note asked for with `n` while no note box is on screen (renewal prep or email mode, away
 * from Notes): the panel opens Notes, and until its box takes the focus, what the rep types
 * is kept as the note's text instead of being read as shortcuts (a `p` would switch person,
 * an `m` the mode). The box then takes the text and the keyboard.
 */
export interface NoteRequest {
  /**
   * Stops keeping keys and hands over what was typed; `null` once taken, so a note box that
   * mounts again later (back to Notes) does not start a second note from the same request.
   */
  take(): string | null;
}

/**
 * Keys are kept for at most this long: if the box never appears, shortcuts come back (what
 * was kept until then still goes to the box if it appears later).
 */
export const NOTE_REQUEST_LIMIT_MS = 3_000;

export function createNoteRequest(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
  limitMs = NOTE_REQUEST_LIMIT_MS,
): NoteRequest {
  let typed = '';
  let open = true;
  let taken = false;
  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if (event.key.length === 1) typed += event.key;
    else if (event.key === 'Backspace') typed = typed.slice(0, -1);
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
      return typed;
    },
  };
}

/**
 * Coalesces bursts of page mutations into one run at most every `delayMs` (trailing). Unlike a
 * plain debounce it cannot be starved by a page that never stops mutating (a call with video
 * tiles), and unlike polling it does nothing while the page is still.
 */
export type SetTimer = (run: () => void, ms: number) => unknown;

export function createCoalescer(run: () => void, delayMs: number, setTimer: SetTimer) {
  let scheduled = false;
  return {
    /** Asks for a run; runs once `delayMs` after the first request since the last run. */
    request(): void {
      if (scheduled) return;
      scheduled = true;
      setTimer(() => {
        scheduled = false;
        run();
      }, delayMs);
    },
  };
}

/**
 * Coalesces bursts of page mutations into one run at most every `delayMs` (trailing). Unlike a
 * plain debounce it cannot be starved by a page that never stops mutating (a call with video
 * tiles), and unlike polling it does nothing while the page is still.
 *
 * With a `leading` clock, the first request after a quiet spell (no run for `delayMs`, none
 * waiting) runs at once instead of `delayMs` later: a caption line said after a pause reaches
 * the panel without a fixed wait. Requests inside the spell still wait for the trailing run, so
 * runs stay at least `delayMs` apart and a busy page costs what it cost without the option.
 */
export type SetTimer = (run: () => void, ms: number) => unknown;

export interface LeadingEdge {
  /** The clock that tells how long ago the last run was (ms). */
  now: () => number;
}

export function createCoalescer(run: () => void, delayMs: number, setTimer: SetTimer, leading?: LeadingEdge) {
  let scheduled = false;
  let lastRunAt = -Infinity;
  const runNow = () => {
    if (leading) lastRunAt = leading.now();
    run();
  };
  return {
    /**
     * Asks for a run: at once when `leading` is set and nothing ran or waited for `delayMs`;
     * otherwise once, `delayMs` after the first request since the last run.
     */
    request(): void {
      if (scheduled) return;
      if (leading && leading.now() - lastRunAt >= delayMs) {
        runNow();
        return;
      }
      scheduled = true;
      setTimer(() => {
        scheduled = false;
        runNow();
      }, delayMs);
    },
  };
}

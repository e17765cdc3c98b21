/**
 * Coalesces bursts of page mutations into one run at most every `delayMs` (trailing). Unlike a
 * plain debounce it cannot be starved by a page that never stops mutating (a call with video
 * tiles), and unlike polling it does nothing while the page is still.
 *
 * With a `leading` clock it throttles instead: the first request after a quiet spell (no run
 * for `delayMs`, none waiting) runs at once, and a request inside the spell runs when the spell
 * ends, `delayMs` after the last run. Runs stay at least `delayMs` apart, so a page that never
 * stops changing is read at most every `delayMs`; a caption line that turns final waits at most
 * `delayMs`, and nothing after a pause.
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
     * Asks for a run. Trailing only: once, `delayMs` after the first request since the last
     * run. Leading: at once when the last run is `delayMs` old, else `delayMs` after it.
     */
    request(): void {
      if (scheduled) return;
      const wait = leading ? lastRunAt + delayMs - leading.now() : delayMs;
      if (wait <= 0) {
        // This runs inside the caller's MutationObserver callback: an error thrown here would
        // skip the page's later listeners for this batch. It is rethrown from a timer instead,
        // where a trailing run's error surfaces too.
        try {
          runNow();
        } catch (error) {
          setTimer(() => {
            throw error;
          }, 0);
        }
        return;
      }
      scheduled = true;
      setTimer(() => {
        scheduled = false;
        runNow();
      }, wait);
    },
  };
}

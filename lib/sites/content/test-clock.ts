/**
 * Test helper (hand-written): timers on a virtual clock, so timing rules of the content
 * scripts are tested without waiting. `advance` runs every timer due by then, in order, with
 * the clock set to each timer's time while it runs.
 */
export function virtualClock() {
  let now = 0;
  const timers: { at: number; run: () => void }[] = [];
  return {
    now: () => now,
    setTimer: (run: () => void, ms: number) => void timers.push({ at: now + ms, run }),
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (!next || next.at > until) break;
        timers.shift();
        now = next.at;
        next.run();
      }
      now = until;
    },
  };
}

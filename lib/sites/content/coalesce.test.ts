import { describe, expect, it } from 'vitest';
import { createCoalescer } from './coalesce';
import { virtualClock } from './test-clock';

/** A coalescer on a virtual clock that records when it ran. */
function coalescerOnClock(delayMs: number, leading: boolean) {
  const clock = virtualClock();
  const runs: number[] = [];
  const coalescer = createCoalescer(
    () => runs.push(clock.now()),
    delayMs,
    clock.setTimer,
    leading ? { now: clock.now } : undefined,
  );
  return { clock, runs, request: () => coalescer.request() };
}

/** Requests at the given times (ms), then lets every timer run. */
function requestAt(times: number[], delayMs: number, leading: boolean): number[] {
  const { clock, runs, request } = coalescerOnClock(delayMs, leading);
  for (const at of times) {
    clock.advance(at - clock.now());
    request();
  }
  clock.advance(10 * delayMs);
  return runs;
}

describe('createCoalescer', () => {
  it('runs once per burst, however many mutations arrive before the timer fires', () => {
    const timers: (() => void)[] = [];
    let runs = 0;
    const coalescer = createCoalescer(
      () => runs++,
      100,
      (run) => timers.push(run),
    );
    for (let i = 0; i < 50; i++) coalescer.request();
    expect(timers).toHaveLength(1);
    timers.shift()!();
    coalescer.request();
    expect([runs, timers.length]).toEqual([1, 1]);
  });

  it.each([
    ['without a leading edge, even the first request waits the delay', [0], false, [150]],
    ['with a leading edge, the first request after a quiet spell runs at once', [0], true, [0]],
    [
      'a burst right after a leading run gets one trailing run, the delay after that run',
      [0, 20, 40, 90],
      true,
      [0, 150],
    ],
    [
      'a request a full delay after the last run, nothing waiting, runs at once again',
      [0, 150, 400],
      true,
      [0, 150, 400],
    ],
    [
      'a request soon after a run waits only for the rest of the delay (runs stay a delay apart)',
      [0, 20, 180],
      true,
      [0, 150, 300],
    ],
    [
      'a line that turns final just after a read waits for the rest of the delay, not a whole one',
      [0, 140],
      true,
      [0, 150],
    ],
  ])('%s', (_rule, times, leading, expected) => {
    expect(requestAt(times, 150, leading)).toEqual(expected);
  });

  it('cannot be starved by a page that never stops changing, and runs at most once per delay there', () => {
    const every50ms = Array.from({ length: 40 }, (_, i) => i * 50);
    const runs = requestAt(every50ms, 150, true);
    const gaps = runs.slice(1).map((at, i) => at - runs[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(150);
    // Changes every 50 ms for 2 s: a run every 150 ms, never later.
    expect(Math.max(...gaps)).toBe(150);
    expect(runs.at(-1)).toBeGreaterThanOrEqual(every50ms.at(-1)!);
  });
});

describe('a leading run that throws', () => {
  it('does not throw into the mutation callback that asked for it; the error surfaces from a timer', () => {
    const clock = virtualClock();
    const coalescer = createCoalescer(
      () => {
        throw new Error('read failed');
      },
      150,
      clock.setTimer,
      { now: clock.now },
    );
    expect(() => coalescer.request()).not.toThrow();
    expect(() => clock.advance(0)).toThrow('read failed');
  });
});

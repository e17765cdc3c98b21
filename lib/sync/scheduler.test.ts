import { describe, expect, it } from 'vitest';
import { backoffDelay, createScheduler, type RunProgress, type Timers } from './scheduler';
import { SyncHttpError } from './transport';

function fakeTimers() {
  const pending: { fn: () => void; ms: number }[] = [];
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      const t = { fn, ms };
      pending.push(t);
      return t;
    },
    clearTimeout: (h) => {
      const i = pending.indexOf(h as (typeof pending)[number]);
      if (i >= 0) pending.splice(i, 1);
    },
  };
  return { timers, pending };
}

describe('backoffDelay', () => {
  it.each([
    [1, 0, 1_000],
    [1, 1, 3_000],
    [3, 0.5, 8_000],
    [20, 0.5, 300_000],
  ])('failure %i with jitter roll %f waits %i ms (doubling, capped, ±50 %%)', (failures, roll, ms) => {
    expect(backoffDelay(failures, () => roll)).toBe(ms);
  });
});

describe('createScheduler', () => {
  it('retries a failed run with backoff, never sooner than Retry-After', async () => {
    const { timers, pending } = fakeTimers();
    let calls = 0;
    const scheduler = createScheduler({
      timers,
      random: () => 0,
      run: () => {
        calls++;
        return Promise.reject(new SyncHttpError(429, 'rate_limited', 'slow down', 30));
      },
    });
    await scheduler.now();
    expect(calls).toBe(1);
    expect(pending.map((p) => p.ms)).toEqual([30_000]);
    expect(scheduler.failures).toBe(1);
  });

  it('retries a token the server refused only slowly (a person must fix it)', async () => {
    const { timers, pending } = fakeTimers();
    const scheduler = createScheduler({
      timers,
      random: () => 0,
      run: () => Promise.reject(new SyncHttpError(401, 'unauthorized', 'no')),
    });
    await scheduler.now();
    expect(pending[0]!.ms).toBe(300_000);
  });

  it('runs once more when asked during a run, so changes made in flight are sent', async () => {
    let release!: () => void;
    let calls = 0;
    const scheduler = createScheduler({
      run: () => {
        calls++;
        return calls === 1 ? new Promise<void>((r) => (release = r)) : Promise.resolve();
      },
    });
    const first = scheduler.now();
    void scheduler.now();
    void scheduler.now();
    release();
    await first;
    expect(calls).toBe(2);
  });

  /** A run that sends one request, then settles (or not) when released. */
  function oneRequestRun(settles: boolean) {
    const gates = { sent: () => undefined as void, release: () => undefined as void };
    let calls = 0;
    const run = (progress: RunProgress) => {
      calls++;
      if (calls > 1) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        gates.sent = () => progress.requestSent();
        gates.release = () => resolve(settles);
      });
    };
    return { run, gates, calls: () => calls };
  }

  it.each([
    ['does not run again for an ask the run answered: made before its last request, and it settled', true, 'before', 1],
    ['runs again for an ask made after the run sent its last request', true, 'after', 2],
    ['runs again for any ask made during a run that stopped with work left', false, 'before', 2],
  ] as const)('%s', async (_case, settles, ask, runs) => {
    const { run, gates, calls } = oneRequestRun(settles);
    const scheduler = createScheduler({ run });
    const first = scheduler.now();
    if (ask === 'before') void scheduler.now();
    gates.sent();
    if (ask === 'after') void scheduler.now();
    gates.release();
    await first;
    expect(calls()).toBe(runs);
  }); // prettier-ignore

  it('debounces local changes into one run', async () => {
    const { timers, pending } = fakeTimers();
    let calls = 0;
    const scheduler = createScheduler({
      timers,
      debounceMs: 2_000,
      run: () => Promise.resolve(void calls++),
    });
    scheduler.soon();
    scheduler.soon();
    scheduler.soon();
    expect(pending).toHaveLength(1);
    pending[0]!.fn();
    await Promise.resolve();
    expect(calls).toBe(1);
  });
});

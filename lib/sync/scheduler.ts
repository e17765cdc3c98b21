/**
 * When to sync: debounced after local changes, at once on demand, and after a failure with
 * exponential backoff plus jitter (at least the server's Retry-After). One run at a time;
 * a request during a run causes one more run after it (changes made in flight are sent next).
 */
import { SyncHttpError } from './transport';

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SchedulerOptions {
  run: () => Promise<void>;
  timers?: Timers;
  random?: () => number;
  debounceMs?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  onIdle?: () => void;
}

/** Backoff for the n-th consecutive failure (n ≥ 1): base·2^(n-1), capped, with ±50 % jitter. */
export function backoffDelay(
  failures: number,
  random: () => number,
  baseMs = 2_000,
  maxMs = 300_000,
): number {
  const raw = Math.min(maxMs, baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(raw * (0.5 + random()));
}

export function createScheduler(options: SchedulerOptions) {
  const timers: Timers = options.timers ?? {
    setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
    clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
  };
  const random = options.random ?? Math.random;
  let timer: unknown;
  let running: Promise<void> | null = null;
  let again = false;
  let failures = 0;

  function schedule(ms: number): void {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = timers.setTimeout(() => {
      timer = undefined;
      void now();
    }, ms);
  }

  async function loop(): Promise<void> {
    do {
      again = false;
      try {
        await options.run();
        failures = 0;
      } catch (error) {
        failures++;
        const retryable = !(error instanceof SyncHttpError) || error.retryable;
        const wait = backoffDelay(failures, random, options.baseDelayMs, options.maxDelayMs);
        const floor =
          error instanceof SyncHttpError && error.retryAfterSeconds ? error.retryAfterSeconds * 1000 : 0;
        // Errors a person must fix (bad token, refused data) are retried only slowly.
        schedule(Math.max(wait, floor, retryable ? 0 : (options.maxDelayMs ?? 300_000)));
        again = false;
      }
    } while (again);
  }

  function now(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = loop().finally(() => {
      running = null;
      options.onIdle?.();
    });
    return running;
  }

  return {
    /** Sync now (coalesced with a run in progress). Never rejects: failures reschedule. */
    now,
    /** Sync after the debounce delay (local edits). */
    soon: () => schedule(options.debounceMs ?? 2_000),
    get running() {
      return running !== null;
    },
    get failures() {
      return failures;
    },
    stop() {
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
    },
  };
}
export type Scheduler = ReturnType<typeof createScheduler>;

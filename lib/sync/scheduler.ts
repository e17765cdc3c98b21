/**
 * When to sync: debounced after local changes, at once on demand, and after a failure with
 * exponential backoff plus jitter (at least the server's Retry-After). One run at a time;
 * a request during a run causes one more run after it (changes made in flight are sent next),
 * unless the run answered it: a run that settles (nothing left to send, nothing more to pull)
 * and sent a request after the ask has pushed every change queued before that request (it
 * reads the outbox once more after its last request) and pulled every change the server held
 * when it left. "Sync now" pressed during a sync cost a whole extra run (issue 15's sync
 * bench: ~45 ms of each phase).
 */
import { SyncHttpError } from './transport';

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What a run tells its scheduler while it works. */
export interface RunProgress {
  /** A request left: asks made before it are answered if the run settles. */
  requestSent(): void;
}

/**
 * A run's outcome: `false` when it stopped with work left (a bound on its rounds), so an ask
 * made during it is answered only by another run; anything else means it settled.
 */
export type RunOutcome = boolean | void;

export interface SchedulerOptions {
  run: (progress: RunProgress) => Promise<RunOutcome>;
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
  /** Asks made while a run was in progress. */
  let asks = 0;
  let failures = 0;

  function schedule(ms: number): void {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = timers.setTimeout(() => {
      timer = undefined;
      void now();
    }, ms);
  }

  async function loop(): Promise<void> {
    let again: boolean;
    do {
      const atStart = asks;
      let answered = atStart;
      const progress: RunProgress = {
        requestSent: () => {
          answered = asks;
        },
      };
      try {
        const settled = (await options.run(progress)) !== false;
        failures = 0;
        again = asks > (settled ? answered : atStart);
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
      asks++;
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

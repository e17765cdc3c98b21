/**
 * Live reads: re-run `query` whenever a table it read changes (Dexie's liveQuery), in this
 * page or in another extension page or the background. Loaded on demand by the panel's
 * `useLiveData`, so Dexie is not in the panel's first bundle. Returns the unsubscribe.
 */
import { liveQuery } from 'dexie';

export function subscribeLive<T>(
  query: () => T | Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(query).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}

export interface WatchOptions {
  /** Says what is watched, in the log line of a failure. */
  label: string;
  log?: (message: string, error: unknown) => void;
  /** First wait before a failed watch is restarted; doubles per failure in a row, up to a minute. */
  restartAfterMs?: number;
  schedule?: (run: () => void, ms: number) => unknown;
}

const MAX_RESTART_MS = 60_000;

/**
 * A live query that does not die quietly: a failed run is logged and the watch restarts after
 * a pause (a closed or busy database, a bug in the query), so what depends on it (sync after a
 * write, the active context after an edit) resumes on its own. Returns the stop function.
 */
export function watchLive<T>(
  query: () => T | Promise<T>,
  onValue: (value: T) => void,
  { label, log = console.error, restartAfterMs = 1000, schedule = setTimeout }: WatchOptions,
): () => void {
  let stopped = false;
  let failures = 0;
  let unsubscribe: () => void = () => undefined;
  const start = () => {
    if (stopped) return;
    unsubscribe = subscribeLive(
      query,
      (value) => {
        failures = 0;
        onValue(value);
      },
      (error) => {
        unsubscribe();
        const wait = Math.min(restartAfterMs * 2 ** failures, MAX_RESTART_MS);
        failures += 1;
        log(`Motive: watching ${label} failed; restarting in ${wait} ms`, error);
        schedule(start, wait);
      },
    );
  };
  start();
  return () => {
    stopped = true;
    unsubscribe();
  };
}

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

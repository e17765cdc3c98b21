/**
 * The panel's live reads of the local database: `query` runs against the database and runs
 * again whenever a table it read changes, so writes from the background appear without a
 * reload. Dexie and the database load on first use (after the first frame, which the panel
 * can draw from its last-seen copy). Like dexie-react-hooks' useLiveQuery: `initial` until
 * the first answer, then the latest answer (kept while changed `deps` re-run the query);
 * a failed query throws during render, for the nearest error boundary.
 */
import { useEffect, useState, type DependencyList } from 'react';
import type { MotiveDatabase } from '@/lib/db/schema';
import { usePanelData } from './panel-data';

export function useLiveData<T, D = undefined>(
  query: (db: MotiveDatabase) => T | Promise<T>,
  deps: DependencyList,
  initial?: D,
): T | D {
  const { database } = usePanelData();
  const [state, setState] = useState<{ value: T | D; error?: Error }>({ value: initial as D });
  useEffect(
    () => {
      let active = true;
      let stop: (() => void) | undefined;
      const fail = (cause: unknown) => {
        const error =
          cause instanceof Error ? cause : new Error('Could not read the local database.', { cause });
        if (active) setState((s) => ({ value: s.value, error }));
      };
      void Promise.all([database(), import('@/lib/db/live')]).then(([db, live]) => {
        if (!active) return;
        stop = live.subscribeLive(
          () => query(db),
          (value) => {
            if (active) setState((s) => (s.value === value && s.error === undefined ? s : { value }));
          },
          fail,
        );
      }, fail);
      return () => {
        active = false;
        stop?.();
      };
    },
    // The caller's deps, exactly as it would pass them to useEffect (the query is re-created each render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [database, ...deps],
  );
  if (state.error) throw state.error;
  return state.value;
}

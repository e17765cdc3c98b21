/**
 * Live queries shared by key: however many views ask for the same key (the open account's
 * notes, say), the database is subscribed once; the first subscriber starts the query and the
 * last one to leave stops it. Hand-written; the contract is `useSyncExternalStore`'s
 * (`read` returns the same object until the answer changes).
 */
import type { MotiveDatabase } from '@/lib/db/schema';

export interface SharedLiveState {
  /** `undefined` until the first answer. */
  value?: unknown;
  /** The last read failed; the latest answer, if any, is kept beside it. */
  error?: Error;
}

export interface SharedLiveQueries {
  subscribe(key: string, query: (db: MotiveDatabase) => Promise<unknown>, onChange: () => void): () => void;
  read(key: string): SharedLiveState | undefined;
}

interface Entry {
  listeners: Set<() => void>;
  state: SharedLiveState;
  stop?: () => void;
  active: boolean;
}

const asError = (cause: unknown) =>
  cause instanceof Error ? cause : new Error('Could not read the local database.', { cause });

export function createSharedLiveQueries(database: () => Promise<MotiveDatabase>): SharedLiveQueries {
  const entries = new Map<string, Entry>();
  const set = (entry: Entry, state: SharedLiveState) => {
    if (!entry.active) return;
    entry.state = state;
    for (const listener of entry.listeners) listener();
  };
  function start(entry: Entry, query: (db: MotiveDatabase) => Promise<unknown>): void {
    const fail = (cause: unknown) => set(entry, { ...entry.state, error: asError(cause) });
    void Promise.all([database(), import('@/lib/db/live')]).then(([db, live]) => {
      if (!entry.active) return;
      entry.stop = live.subscribeLive(
        () => query(db),
        (value) => {
          if (entry.state.value !== value || entry.state.error) set(entry, { value });
        },
        fail,
      );
    }, fail);
  }
  return {
    subscribe(key, query, onChange) {
      let entry = entries.get(key);
      if (!entry) {
        entry = { listeners: new Set(), state: {}, active: true };
        entries.set(key, entry);
        start(entry, query);
      }
      const own = entry;
      own.listeners.add(onChange);
      return () => {
        own.listeners.delete(onChange);
        if (own.listeners.size > 0) return;
        own.active = false;
        own.stop?.();
        if (entries.get(key) === own) entries.delete(key);
      };
    },
    read: (key) => entries.get(key)?.state,
  };
}

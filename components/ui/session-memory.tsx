/**
 * What the rep opened, kept for the panel's session: which view each mode shows, which
 * disclosures are open. Views mount and unmount as the rep moves between them, and a
 * `<details>` left to the DOM forgets it was open the moment its view unmounts; the choice
 * lives here instead, above every view, so coming back (or the account's records arriving)
 * shows what the rep left. In memory only: a new panel starts from the card again.
 */
import {
  createContext,
  useContext,
  useState,
  useSyncExternalStore,
  type ReactNode,
  type SyntheticEvent,
} from 'react';

export interface SessionMemory {
  get: (key: string) => unknown;
  set: (key: string, value: unknown) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createSessionMemory(): SessionMemory {
  const values = new Map<string, unknown>();
  const listeners = new Set<() => void>();
  return {
    get: (key) => values.get(key),
    set(key, value) {
      if (values.get(key) === value) return;
      values.set(key, value);
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const SessionMemoryContext = createContext<SessionMemory | null>(null);

export function SessionMemoryProvider({ children }: { children: ReactNode }) {
  const [memory] = useState(createSessionMemory);
  return <SessionMemoryContext.Provider value={memory}>{children}</SessionMemoryContext.Provider>;
}

const NO_MEMORY = { subscribe: () => () => undefined, get: () => undefined };

/**
 * A value remembered for the session under `key` (like useState, but it outlives the
 * component). Outside a provider it is plain component state, so views render alone in tests.
 */
export function useRemembered<T>(key: string, initial: T): [T, (next: T) => void] {
  const memory = useContext(SessionMemoryContext);
  const [local, setLocal] = useState(initial);
  const source = memory ?? NO_MEMORY;
  const stored = useSyncExternalStore(source.subscribe, () => source.get(key)) as T | undefined;
  if (!memory) return [local, setLocal];
  return [stored === undefined ? initial : stored, (next) => memory.set(key, next)];
}

/** Props for a `<details>` whose open state is remembered for the session under `key`. */
export function useRememberedDisclosure(key: string) {
  const [open, setOpen] = useRemembered(key, false);
  return {
    open,
    onToggle: (event: SyntheticEvent<HTMLDetailsElement>) => setOpen(event.currentTarget.open),
  };
}

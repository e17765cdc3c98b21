/**
 * The one road every panel write takes: `usePanelWrite()` runs the write and, when it fails,
 * keeps it in a list the panel shows (what could not be saved, why, "Try again", "Dismiss")
 * instead of letting the promise fail unseen. Callers keep what the rep typed until the write
 * resolves `true`, so a failed save never loses input.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

export interface FailedWrite {
  id: number;
  /** What was being saved, in the rep's words: "the renewal date". */
  what: string;
  message: string;
  retry: () => void;
}

/** Runs `run` as the save of `what`; resolves true once saved, false when it failed (and is listed). */
export type PanelWrite = (what: string, run: () => Promise<unknown>) => Promise<boolean>;

interface WritesValue {
  write: PanelWrite;
  failures: readonly FailedWrite[];
  dismiss: (id: number) => void;
}

const WritesContext = createContext<WritesValue | null>(null);

export function PanelWritesProvider({ children }: { children: ReactNode }) {
  const [failures, setFailures] = useState<FailedWrite[]>([]);
  const next = useRef(0);
  const dismiss = useCallback((id: number) => setFailures((all) => all.filter((f) => f.id !== id)), []);
  const write = useCallback<PanelWrite>(
    async function attempt(what, run) {
      try {
        await run();
        return true;
      } catch (cause) {
        const id = (next.current += 1);
        const message = cause instanceof Error ? cause.message : String(cause);
        console.error(`Motive: could not save ${what}`, cause);
        const retry = () => {
          dismiss(id);
          void attempt(what, run);
        };
        setFailures((all) => [...all, { id, what, message, retry }]);
        return false;
      }
    },
    [dismiss],
  );
  const value = useMemo(() => ({ write, failures, dismiss }), [write, failures, dismiss]);
  return <WritesContext.Provider value={value}>{children}</WritesContext.Provider>;
}

function useWrites(): WritesValue {
  const value = useContext(WritesContext);
  if (!value) throw new Error('Panel writes need a PanelWritesProvider (PanelDataProvider provides one).');
  return value;
}

/** The panel's write path (see the file comment). */
export function usePanelWrite(): PanelWrite {
  return useWrites().write;
}

/** The writes that failed and are not dismissed yet, each with a retry: shown near the top of the panel. */
export function WriteFailures() {
  const { failures, dismiss } = useWrites();
  if (failures.length === 0) return null;
  return (
    <div role="alert" className="notice notice-warn" data-testid="write-failures">
      {failures.map((f) => (
        <p key={f.id}>
          Could not save {f.what}: {f.message}. What you entered is kept.{' '}
          <button type="button" onClick={f.retry}>
            Try again
          </button>{' '}
          <button type="button" onClick={() => dismiss(f.id)}>
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}

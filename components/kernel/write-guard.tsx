/**
 * Everything the rep writes from the panel (a note, a discovery answer, a person added by
 * hand, a ticked signal) goes to the account resolved for the tab in front, never silently to whatever the
 * panel shows (lib/domain/account-resolution/write-target.ts). When they disagree, the write
 * waits in this provider, above the account workspace, so it survives the panel switching
 * accounts, and a prompt asks the rep which account it is for. Nothing is written until they
 * choose, and what they wrote is kept. Writes that wait together are asked about in turn.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { writeTarget } from '@/lib/domain/account-resolution';
import type { ActiveContext } from '@/lib/messaging/protocol';
import { useLiveData } from './use-live-data';

/** Writes `what` to the account chosen; resolves true once written. */
export type GuardedWrite = (
  what: string,
  run: (accountId: string) => Promise<void>,
  shownAccountId: string,
) => Promise<boolean>;

interface Pending {
  what: string;
  sourceAccountId: string;
  shownAccountId: string;
  choose: (accountId: string) => void;
}

const WriteGuardContext = createContext<{ guard: GuardedWrite; pending: Pending | null } | null>(null);

/** Outside a provider (component tests, the options page) a write goes to the account given. */
const direct: GuardedWrite = async (_what, run, shownAccountId) => {
  await run(shownAccountId);
  return true;
};

export function useWriteGuard(): GuardedWrite {
  return useContext(WriteGuardContext)?.guard ?? direct;
}

export function WriteGuardProvider({
  context,
  children,
}: {
  context: ActiveContext | undefined;
  children: ReactNode;
}) {
  // Oldest first: a second write (another answer blurred) never replaces one already waiting.
  const [queue, setQueue] = useState<readonly Pending[]>([]);
  // The latest context, read when a write starts (the tab it came from is the one in front).
  const latest = useRef(context);
  useEffect(() => {
    latest.current = context;
  }, [context]);
  const guard = useCallback<GuardedWrite>(async (what, run, shownAccountId) => {
    const target = writeTarget({
      shownAccountId,
      sourceAccountId: latest.current?.resolution.accountId ?? null,
    });
    if (target.kind === 'write') {
      await run(target.accountId);
      return true;
    }
    const chosen = await new Promise<string>((resolve) => {
      const entry: Pending = {
        what,
        sourceAccountId: target.sourceAccountId,
        shownAccountId,
        choose: (accountId) => {
          setQueue((q) => q.filter((p) => p !== entry));
          resolve(accountId);
        },
      };
      setQueue((q) => [...q, entry]);
    });
    await run(chosen);
    return true;
  }, []);
  return (
    <WriteGuardContext.Provider value={{ guard, pending: queue[0] ?? null }}>
      {children}
    </WriteGuardContext.Provider>
  );
}

/** The prompt for a waiting write: keyboard-reachable (focus moves to it), two clear choices. */
export function WriteTargetPrompt() {
  const pending = useContext(WriteGuardContext)?.pending ?? null;
  const first = useRef<HTMLButtonElement>(null);
  const names = useLiveData(
    async (db) => {
      if (!pending) return undefined;
      const [source, shown] = await Promise.all([
        db.accounts.get(pending.sourceAccountId),
        db.accounts.get(pending.shownAccountId),
      ]);
      return { source: source?.name ?? 'the tab’s account', shown: shown?.name ?? 'the shown account' };
    },
    [pending],
  );
  useEffect(() => {
    if (pending && names) first.current?.focus();
  }, [pending, names]);
  if (!pending || !names) return null;
  return (
    <section
      role="alertdialog"
      aria-labelledby="write-target-title"
      aria-describedby="write-target-why"
      className="notice notice-warn write-target"
    >
      <h2 id="write-target-title" className="small-heading">
        Which account is this {pending.what} for?
      </h2>
      <p id="write-target-why">
        It comes from a tab of {names.source}, but the panel shows {names.shown}. Nothing is saved until you
        choose.
      </p>
      <div className="row">
        <button ref={first} type="button" onClick={() => pending.choose(pending.sourceAccountId)}>
          Save to {names.source} (the tab’s account)
        </button>
        <button type="button" className="secondary" onClick={() => pending.choose(pending.shownAccountId)}>
          Save to {names.shown} (shown)
        </button>
      </div>
    </section>
  );
}

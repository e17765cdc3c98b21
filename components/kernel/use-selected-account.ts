import { useEffect, useRef, useState } from 'react';
import type { ActiveContext } from '@/lib/messaging/protocol';
import { useOverrideAccount } from './background-queries';

interface Pick {
  accountId: string;
  /** The tab the pick was made on; undefined until the first context says which tab that is. */
  tabId: number | null | undefined;
  /** Made by hand before the tab was known: the background binds the page once it is. */
  bindWhenKnown?: boolean;
}

/**
 * Which account the panel shows: the one the rep picked by hand on this tab, else the one
 * resolved for the active tab. A pick belongs to the page it was made on ("this thread is
 * Northwind"): the background binds it to that page, and here it holds only while that tab
 * is the active one, so moving to another company's page follows that page. The pick takes
 * effect locally at once: manual mode works even if the background cannot be reached.
 * `initialPick` opens an account from a link (`sidepanel.html?account=<id>`) on the tab in front.
 * A pick made before the background has said which tab is in front belongs to the first tab
 * it names, like a link's, and is bound to that page then.
 */
export function useSelectedAccount(context: ActiveContext | undefined, initialPick: string | null = null) {
  const [picked, setPicked] = useState<Pick | null>(
    initialPick ? { accountId: initialPick, tabId: undefined } : null,
  );
  const override = useOverrideAccount();
  const tabId = context?.tabId ?? null;
  // A link's pick belongs to the first tab the panel learns about (state adjusted during render).
  if (picked && picked.tabId === undefined && context) setPicked({ ...picked, tabId });
  const own = picked && (picked.tabId === undefined || picked.tabId === tabId) ? picked : null;
  const resolved = context?.resolution.accountId ?? null;
  // Binds an early pick's page once the tab is known, once per pick.
  const bound = useRef<Pick | null>(null);
  const { mutate: bind } = override;
  useEffect(() => {
    if (!picked?.bindWhenKnown || typeof picked.tabId !== 'number' || bound.current === picked) return;
    bound.current = picked;
    bind({ accountId: picked.accountId, tabId: picked.tabId });
  }, [picked, bind]);
  return {
    accountId: own?.accountId ?? resolved,
    /** Chosen by hand for this page (here or earlier, the background says so). */
    pinned: own !== null || context?.resolution.method === 'manual',
    pick: (accountId: string) => {
      if (!context) return setPicked({ accountId, tabId: undefined, bindWhenKnown: true });
      setPicked({ accountId, tabId });
      if (tabId !== null) override.mutate({ accountId, tabId });
    },
    followTab: () => {
      setPicked(null);
      if (tabId !== null) override.mutate({ accountId: null, tabId });
    },
  };
}

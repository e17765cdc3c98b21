import { useState } from 'react';
import type { ActiveContext } from '@/lib/messaging/protocol';
import { useOverrideAccount } from './background-queries';

/**
 * Which account the panel shows: the one the rep picked by hand, else the one resolved from
 * the active tab. A hand pick is also sent to the background (so it stays pinned across
 * tabs), but it takes effect locally at once: manual mode works even if the background
 * cannot be reached. `initialPick` opens an account from a link (`sidepanel.html?account=<id>`).
 */
export function useSelectedAccount(context: ActiveContext | undefined, initialPick: string | null = null) {
  const [picked, setPicked] = useState<string | null>(initialPick);
  const override = useOverrideAccount();
  const resolved = context?.resolution.accountId ?? null;
  const method = context?.resolution.method;
  const pinnedByBackground = method === 'manual' || method === 'pinned';
  return {
    accountId: picked ?? resolved,
    pinned: picked !== null || pinnedByBackground,
    pick: (accountId: string) => {
      setPicked(accountId);
      override.mutate(accountId);
    },
    followTab: () => {
      setPicked(null);
      override.mutate(null);
    },
  };
}

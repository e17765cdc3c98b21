import { useCallback } from 'react';
import type { Stage } from '@/lib/domain/vocabulary';
import { usePanelData } from './panel-data';

/** Account writes the header needs: create by hand (bound to the page's CRM record if any), change stage. */
export function useAccountActions() {
  const { repos } = usePanelData();
  const create = useCallback(
    async (name: string, domain?: string, crmKey?: string) => {
      const account = await repos.accounts.create({
        name,
        ...(domain ? { domain: domain.toLowerCase() } : {}),
        // Binding the CRM record lets the next visit resolve the account by its id.
        crmKeys: crmKey ? [crmKey] : [],
      });
      return account.id;
    },
    [repos],
  );
  const setStage = useCallback(
    (accountId: string, stage: Stage) => repos.accounts.update(accountId, { stage }),
    [repos],
  );
  return { create, setStage };
}

import { useCallback } from 'react';
import type { Stage } from '@/lib/domain/vocabulary';
import { usePanelData } from './panel-data';

/** Account writes the header needs: create by hand, change stage. */
export function useAccountActions() {
  const { repos } = usePanelData();
  const create = useCallback(
    async (name: string, domain?: string) => {
      const account = await repos.accounts.create({
        name,
        ...(domain ? { domain: domain.toLowerCase() } : {}),
        crmKeys: [],
        stage: 'discovery',
        segment: {},
        movement: {},
        discovery: {},
        tickedSignals: [],
        isSample: false,
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

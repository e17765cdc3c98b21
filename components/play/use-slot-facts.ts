import { useMemo } from 'react';
import type { AccountRow, EvidenceRow, PersonRow } from '@/lib/db/schema';
import { slotFacts, type SlotFacts } from '@/lib/playbook/slots';

/** The facts the playbook's slots may use for this account and person (see `slotFacts`). */
export function useSlotFacts(
  account: AccountRow,
  evidence: readonly EvidenceRow[] | undefined,
  person: PersonRow | undefined,
): SlotFacts {
  return useMemo(
    () => slotFacts({ account, ...(evidence ? { evidence } : {}), ...(person ? { person } : {}) }),
    [account, evidence, person],
  );
}

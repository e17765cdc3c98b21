/**
 * Live reads of one account's records. Dexie live queries re-run whenever the tables they
 * read change, so evidence written by the background appears without a reload.
 * `undefined` means "still loading"; tombstones are never returned.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AccountRow, DiagnosisRow, EvidenceRow, NoteRow, PersonRow } from '@/lib/db/schema';
import { usePanelData } from './panel-data';

export function useAccount(accountId: string | null): AccountRow | null | undefined {
  const { db } = usePanelData();
  return useLiveQuery(async () => {
    if (accountId === null) return null;
    const row = await db.accounts.get(accountId);
    return row && row.deleted === 0 ? row : null;
  }, [db, accountId]);
}

export function usePeople(accountId: string | null): PersonRow[] | undefined {
  const { db } = usePanelData();
  return useLiveQuery(
    () =>
      accountId === null
        ? []
        : db.people
            .where('accountId')
            .equals(accountId)
            .filter((p) => p.deleted === 0)
            .sortBy('name'),
    [db, accountId],
  );
}

export function useEvidence(accountId: string | null): EvidenceRow[] | undefined {
  const { db } = usePanelData();
  return useLiveQuery(
    () =>
      accountId === null
        ? []
        : db.evidence
            .where('accountId')
            .equals(accountId)
            .filter((e) => e.deleted === 0)
            .sortBy('at'),
    [db, accountId],
  );
}

/** Diagnosis snapshots, oldest first. */
export function useDiagnoses(accountId: string | null): DiagnosisRow[] | undefined {
  const { db } = usePanelData();
  return useLiveQuery(
    () =>
      accountId === null
        ? []
        : db.diagnoses
            .where('[accountId+at]')
            .between([accountId, ''], [accountId, '\uffff'])
            .filter((d) => d.deleted === 0)
            .toArray(),
    [db, accountId],
  );
}

/** The account's notes, newest first (all of them: an account holds hundreds, not millions). */
export function useNotes(accountId: string | null): NoteRow[] | undefined {
  const { db } = usePanelData();
  return useLiveQuery(
    () =>
      accountId === null
        ? []
        : db.notes
            .where('[accountId+at]')
            .between([accountId, ''], [accountId, '\uffff'])
            .reverse()
            .filter((n) => n.deleted === 0)
            .toArray(),
    [db, accountId],
  );
}

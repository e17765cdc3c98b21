import { useMemo } from 'react';
import type { AccountRow, DiagnosisRow, PersonRow } from '@/lib/db/schema';
import { peopleChanges, type PeopleChanges } from '@/lib/domain/stakeholders/people-changes';

const NONE: PeopleChanges = { since: null, joined: new Set(), updated: new Set(), baseline: false };

/** Stakeholder changes since the account was won, recomputed as people or snapshots change. */
export function usePeopleChanges(
  account: AccountRow,
  people: PersonRow[] | undefined,
  snapshots: DiagnosisRow[] | undefined,
): PeopleChanges {
  return useMemo(
    () => (people && snapshots ? peopleChanges(account, people, snapshots) : NONE),
    [account, people, snapshots],
  );
}

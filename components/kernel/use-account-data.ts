/**
 * Live reads of one account's records. Dexie live queries re-run whenever the tables they
 * read change, so evidence written by the background appears without a reload.
 * `undefined` means "still loading"; tombstones are never returned.
 */
import { useEffect, useState } from 'react';
import { notesOfAccount } from '@/lib/db/account-reads';
import type { NoteRow } from '@/lib/db/schema';
import { readAccountRecords, type AccountRecords } from './account-records';
import { isLastSeen, writeLastSeen } from './last-seen';
import { usePanelData } from './panel-data';
import { useLiveData } from './use-live-data';

export type { AccountRecords } from './account-records';

/** The account's notes, newest first (all of them: an account holds hundreds, not millions). */
export function useNotes(accountId: string | null): NoteRow[] | undefined {
  return useLiveData((db) => (accountId === null ? [] : notesOfAccount(db, accountId)), [accountId]);
}

/**
 * The open account's records in ONE live query, so opening an account is one IndexedDB round
 * instead of a waterfall. `initial` (read before the first render, see `preload-panel.ts`)
 * is shown until the live result arrives, so a preloaded account needs no loading pass.
 * `null`: no such account (or none selected); `undefined`: still loading.
 */
export function useAccountRecords(
  accountId: string | null,
  initial?: AccountRecords | null,
): AccountRecords | null | undefined {
  const { lastSeen } = usePanelData();
  const fallback = initial && initial.account.id === accountId ? initial : undefined;
  const live = useLiveData(
    (db) => (accountId === null ? null : readAccountRecords(db, accountId)),
    [accountId],
    fallback,
  );
  // While another account loads, keep showing the last one instead of flashing "no account"
  // (state adjusted during render, React's pattern for a value derived from a changing one).
  // Every database answer becomes the next panel's first frame; a kept copy is never re-kept.
  useEffect(() => {
    if (accountId !== null && live !== undefined && !(live && isLastSeen(live))) {
      writeLastSeen(lastSeen, accountId, live);
    }
  }, [lastSeen, accountId, live]);
  const [shown, setShown] = useState(live);
  if (live !== undefined && live !== shown) setShown(live);
  return live === undefined && accountId !== null ? shown : live;
}

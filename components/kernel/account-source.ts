/**
 * The ONE source of an account's records for the panel. Every view reads the open account
 * through it; nothing else queries accounts, people, evidence, diagnoses or notes for a view.
 * - The records arrive in one live query (`readAccountRecords`), so evidence the background
 *   writes appears without a reload.
 * - The first frame comes from what the panel read before React started (preload-panel.ts)
 *   or, failing that, from the saved copy of the last panel (last-seen.ts): `fromSavedCopy`
 *   says so, and nothing may be written from such records until the database confirms them.
 * - The notes are one live query per account, shared by every view that asks for them.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { NoteRow } from '@/lib/db/schema';
import { readAccountRecords, type AccountSource } from './account-records';
import { savedCopySource, writeLastSeen } from './last-seen';
import { usePanelData } from './panel-data';
import { useLiveData } from './use-live-data';
import { notesOfAccount } from '@/lib/db/account-reads';

export type { AccountRecords, AccountSource } from './account-records';

const LOADING: AccountSource = { records: undefined, fromSavedCopy: false };

/**
 * The records of `accountId`, live. `first` (read before the first render) is shown until the
 * database answers, else the saved copy of this account; while another account loads, the last
 * one stays on screen instead of flashing "no account". Every database answer is saved as the
 * next panel's first frame; a saved copy is never saved again.
 */
export function useAccountSource(accountId: string | null, first?: AccountSource): AccountSource {
  const { lastSeen } = usePanelData();
  const [opening] = useState(() =>
    accountId === null
      ? undefined
      : first?.records?.account.id === accountId
        ? first
        : savedCopySource(lastSeen, accountId),
  );
  const live = useLiveData(
    (db) => (accountId === null ? null : readAccountRecords(db, accountId)),
    [accountId],
    opening?.records,
  );
  const fromSavedCopy = live !== undefined && live === opening?.records && opening.fromSavedCopy;
  useEffect(() => {
    if (accountId !== null && live !== undefined && !fromSavedCopy) writeLastSeen(lastSeen, accountId, live);
  }, [lastSeen, accountId, live, fromSavedCopy]);
  const current = useMemo<AccountSource | undefined>(
    () => (live === undefined ? undefined : { records: live, fromSavedCopy }),
    [live, fromSavedCopy],
  );
  // The last answer, kept while another account loads (state adjusted during render: React's
  // pattern for a value that follows a changing one).
  const [shown, setShown] = useState<AccountSource>(current ?? LOADING);
  if (current && current !== shown) setShown(current);
  if (current) return current;
  return accountId === null ? LOADING : shown;
}

const NO_NOTES: NoteRow[] = [];

/**
 * The account's notes, newest first (all of them: an account holds hundreds, not millions);
 * `undefined` while loading. One live query per account however many views ask; a failed
 * read throws during render, for the asking view's error boundary.
 */
export function useAccountNotes(accountId: string | null): NoteRow[] | undefined {
  const { shared } = usePanelData();
  const key = `notes:${accountId}`;
  const subscribe = useCallback(
    (onChange: () => void) =>
      accountId === null
        ? () => undefined
        : shared.subscribe(key, (db) => notesOfAccount(db, accountId), onChange),
    [shared, key, accountId],
  );
  const state = useSyncExternalStore(subscribe, () => shared.read(key));
  if (state?.error) throw state.error;
  return accountId === null ? NO_NOTES : (state?.value as NoteRow[] | undefined);
}

import { useAccountNotes } from '@/components/kernel/account-source';
import { usePageContext } from '@/components/kernel/use-page-context';
import type { NoteRow } from '@/lib/db/schema';
import type { SeenThread } from '@/lib/domain/deal-risk/types';
import { seenThread } from '@/lib/evidence/seen-thread';

const NO_NOTES: NoteRow[] = [];

/**
 * What the qualification and risk views read beyond the workspace's records: the account's
 * notes, and the thread on the active tab when that page belongs to this account
 * (`pageTabId` is null otherwise, so another account's thread never counts here).
 */
export function useDealInputs(
  accountId: string,
  pageTabId: number | null,
): { notes: NoteRow[]; threads: SeenThread[]; loading: boolean } {
  const notes = useAccountNotes(accountId);
  const thread = seenThread(usePageContext(pageTabId));
  return { notes: notes ?? NO_NOTES, threads: thread ? [thread] : [], loading: notes === undefined };
}

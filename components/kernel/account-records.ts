/**
 * Reading an account's records for the workspace, with no React or hook imports, so the
 * panel can start it before React has even loaded (see preload-panel.ts).
 */
import type { AccountRow, DiagnosisRow, EvidenceRow, MotiveDatabase, PersonRow } from '@/lib/db/schema';

export interface AccountRecords {
  account: AccountRow;
  people: PersonRow[];
  evidence: EvidenceRow[];
  /** Diagnosis snapshots, oldest first. */
  snapshots: DiagnosisRow[];
}

/** An account's records as the panel's one source yields them (account-source.ts). */
export interface AccountSource {
  /** `null`: no such account (or none selected); `undefined`: still loading. */
  records: AccountRecords | null | undefined;
  /** The records are the last panel's saved copy (last-seen.ts), shown before the database has answered. */
  fromSavedCopy: boolean;
}

/**
 * Reads everything the open account's workspace needs: the four reads run in parallel inside
 * one read transaction (one IndexedDB transaction to open instead of four, on the first frame's path).
 * `null` when there is no such (live) account. Shared by the live hook and the preload.
 */
export async function readAccountRecords(
  db: MotiveDatabase,
  accountId: string,
): Promise<AccountRecords | null> {
  const tables = [db.accounts, db.people, db.evidence, db.diagnoses];
  const [account, people, evidence, snapshots] = await db.transaction('r', tables, () =>
    Promise.all([
      db.accounts.get(accountId),
      db.people
        .where('accountId')
        .equals(accountId)
        .filter((p) => p.deleted === 0)
        .sortBy('name'),
      db.evidence
        .where('accountId')
        .equals(accountId)
        .filter((e) => e.deleted === 0)
        .sortBy('at'),
      db.diagnoses
        .where('[accountId+at]')
        .between([accountId, ''], [accountId, '\uffff'])
        .filter((d) => d.deleted === 0)
        .toArray(),
    ]),
  );
  if (!account || account.deleted === 1) return null;
  return { account, people, evidence, snapshots };
}

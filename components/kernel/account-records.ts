/**
 * Reading an account's records for the workspace, with no React or hook imports, so the
 * panel can start it before React has even loaded (see preload-panel.ts).
 */
import { diagnosesOfAccount, evidenceOfAccountByTime, peopleOfAccountByName } from '@/lib/db/account-reads';
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
 * one read transaction (one IndexedDB transaction to open instead of four, on the first frame's path),
 * each one `getAll` rather than a cursor walk (lib/db/account-reads.ts).
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
      peopleOfAccountByName(db, accountId),
      evidenceOfAccountByTime(db, accountId),
      diagnosesOfAccount(db, accountId),
    ]),
  );
  if (!account || account.deleted === 1) return null;
  return { account, people, evidence, snapshots };
}

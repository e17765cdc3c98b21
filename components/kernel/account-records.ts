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
 * Reads everything the open account's workspace needs: the four reads start together, each one
 * `getAll` rather than a cursor walk (lib/db/account-reads.ts), each in its own read transaction.
 * Not in one explicit Dexie transaction: measured in Chromium at 5,000 accounts, Dexie's
 * explicit transaction cost about 0.6 ms more than the four reads it held (1.9–2.1 ms against
 * 1.5 ms), about a fifth of the account's whole read (panel-scale bench, issue 15). What it gave up:
 * a write landing between the four can be seen by some reads and not others. The live query
 * reads again after that write, so the workspace settles on it one read later.
 * `null` when there is no such (live) account. Shared by the live hook and the preload.
 */
export async function readAccountRecords(
  db: MotiveDatabase,
  accountId: string,
): Promise<AccountRecords | null> {
  const [account, people, evidence, snapshots] = await Promise.all([
    db.accounts.get(accountId),
    peopleOfAccountByName(db, accountId),
    evidenceOfAccountByTime(db, accountId),
    diagnosesOfAccount(db, accountId),
  ]);
  if (!account || account.deleted === 1) return null;
  return { account, people, evidence, snapshots };
}

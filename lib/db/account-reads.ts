/**
 * One account's live rows, each read with ONE `getAll` on an index, then filtered and ordered
 * in memory. Why: Dexie turns `where(…).toArray()` into a single `IDBIndex.getAll`, but any
 * `.filter()`, `.reverse()` or `.sortBy()` on a collection walks a cursor instead, one
 * IndexedDB round trip per row. Profiled in Chromium at 5,000 accounts / 100,000 notes, the
 * cursor steps were the largest part of opening an account (`tests/bench/panel-scale.bench.ts`).
 * An account holds hundreds of rows, not millions, so reading its tombstones too costs little.
 * Call inside a read transaction to read several tables at once.
 */
import type { DiagnosisRow, EvidenceRow, MotiveDatabase, NoteRow, PersonRow } from './schema';

const live = <T extends { deleted: 0 | 1 }>(rows: T[]): T[] => rows.filter((row) => row.deleted === 0);

/** Code-unit order, as IndexedDB and Dexie compare strings (not locale order). */
export const byCodeUnits =
  <T>(key: (row: T) => string) =>
  (a: T, b: T) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };

/** The `[accountId+at]` range of one account. */
const accountTimes = (accountId: string) =>
  [
    [accountId, ''],
    [accountId, '\uffff'],
  ] as const;

/** The account's people, in index order (by id). */
export async function peopleOfAccount(db: MotiveDatabase, accountId: string): Promise<PersonRow[]> {
  return live(await db.people.where('accountId').equals(accountId).toArray());
}

/** The account's people, by name. */
export async function peopleOfAccountByName(db: MotiveDatabase, accountId: string): Promise<PersonRow[]> {
  return (await peopleOfAccount(db, accountId)).sort(byCodeUnits((p) => p.name));
}

/** The account's notes, newest first. */
export async function notesOfAccount(db: MotiveDatabase, accountId: string): Promise<NoteRow[]> {
  const [from, to] = accountTimes(accountId);
  return live(await db.notes.where('[accountId+at]').between(from, to).toArray()).reverse();
}

/** The account's evidence, in index order (by id). */
export async function evidenceOfAccount(db: MotiveDatabase, accountId: string): Promise<EvidenceRow[]> {
  return live(await db.evidence.where('accountId').equals(accountId).toArray());
}

/** The account's evidence, oldest first. */
export async function evidenceOfAccountByTime(db: MotiveDatabase, accountId: string): Promise<EvidenceRow[]> {
  return (await evidenceOfAccount(db, accountId)).sort(byCodeUnits((e) => e.at));
}

/** The account's diagnosis snapshots, oldest first. */
export async function diagnosesOfAccount(db: MotiveDatabase, accountId: string): Promise<DiagnosisRow[]> {
  const [from, to] = accountTimes(accountId);
  return live(await db.diagnoses.where('[accountId+at]').between(from, to).toArray());
}

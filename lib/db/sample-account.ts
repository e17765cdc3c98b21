/**
 * First-run sample account: created through the repositories, marked `isSample: true`, and
 * removable in one action. It stays on this machine: `putSynced` never queues sample data,
 * so it never reaches a team's workspace.
 */
import type { Account } from '../domain/records';
import type { Repositories } from './repositories';
import { SAMPLE_ACCOUNT, SAMPLE_PEOPLE, type PersonRef } from './sample-account-data';
import { SAMPLE_DIAGNOSES, SAMPLE_EVIDENCE, SAMPLE_NOTES } from './sample-account-history';
import type { MotiveDatabase } from './schema';

const DAY_MS = 86_400_000;

/**
 * Creates the sample account with its people, notes, evidence and diagnosis snapshots.
 * Idempotent: when a (live) sample account already exists it is returned unchanged.
 * `now` anchors the sample's relative dates ("3 days ago").
 */
export async function createSampleAccount(repos: Repositories, now: Date): Promise<Account> {
  const existing = (await repos.accounts.all()).find((account) => account.isSample);
  if (existing) return existing;

  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
  const account = await repos.accounts.create(SAMPLE_ACCOUNT);

  const personIds = new Map<PersonRef, string>();
  const idOf = (ref: PersonRef) => {
    const id = personIds.get(ref);
    if (id === undefined) throw new Error(`Sample person "${ref}" is referenced before it is created.`);
    return id;
  };
  for (const { ref, reportsTo, lastContactDaysAgo, ...person } of SAMPLE_PEOPLE) {
    const created = await repos.people.create({
      ...person,
      accountId: account.id,
      ...(reportsTo === undefined ? {} : { reportsTo: idOf(reportsTo) }),
      ...(lastContactDaysAgo === undefined ? {} : { lastContactAt: daysAgo(lastContactDaysAgo) }),
    });
    personIds.set(ref, created.id);
  }

  for (const { daysAgo: days, people, ...note } of SAMPLE_NOTES) {
    await repos.notes.create({
      ...note,
      accountId: account.id,
      at: daysAgo(days),
      personIds: people.map(idOf),
    });
  }

  const evidenceIds = new Map<string, string>();
  for (const { key, daysAgo: days, person, ...evidence } of SAMPLE_EVIDENCE) {
    const created = await repos.evidence.create({
      ...evidence,
      accountId: account.id,
      at: daysAgo(days),
      ...(person === undefined ? {} : { personId: idOf(person) }),
    });
    evidenceIds.set(key, created.id);
  }

  for (const { daysAgo: days, evidence, ...snapshot } of SAMPLE_DIAGNOSES) {
    await repos.diagnoses.record({
      ...snapshot,
      accountId: account.id,
      at: daysAgo(days),
      evidenceIds: evidence.map((key) => evidenceIds.get(key) ?? key),
    });
  }
  return account;
}

export interface SampleRemoval {
  accounts: number;
  records: number;
}

/**
 * Removes every sample account and everything attached to it, in one transaction: all or
 * nothing. Rows are deleted outright: sample data was never synced, so no tombstone is needed.
 */
export async function removeSampleData(db: MotiveDatabase, _now: Date): Promise<SampleRemoval> {
  const tables = [db.accounts, db.people, db.notes, db.evidence, db.diagnoses];
  return db.transaction('rw', tables, async () => {
    // The sparse `sample` index (local-fields.ts): no walk over every account.
    const accountIds = await db.accounts.where('sample').equals(1).primaryKeys();
    let records = 0;
    for (const collection of ['people', 'notes', 'evidence', 'diagnoses'] as const) {
      const table = db.table<{ id: string; deleted: 0 | 1 }, string>(collection);
      const rows = await table.where('accountId').anyOf(accountIds).toArray();
      records += rows.filter((row) => row.deleted === 0).length;
      await table.bulkDelete(rows.map((row) => row.id));
    }
    const live = await db.accounts.bulkGet(accountIds);
    await db.accounts.bulkDelete(accountIds);
    return { accounts: live.filter((a) => a?.deleted === 0).length, records };
  });
}

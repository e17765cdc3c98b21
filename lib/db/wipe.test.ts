import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepositories } from './repositories';
import { createSampleAccount } from './sample-account';
import { MotiveDatabase } from './schema';
import { countLocalData, wipeAllData } from './wipe';

const NOW = new Date('2026-11-22T12:00:00.000Z');
let db: MotiveDatabase;

beforeEach(async () => {
  db = new MotiveDatabase(`wipe-${crypto.randomUUID()}`);
  await db.open();
  await createSampleAccount(createRepositories({ db, now: () => NOW }), NOW);
  await db.syncState.put({ key: 'cursor', value: 'abc' });
  await db.pageContexts.put({ tabId: 3, context: {} as never, updatedAt: NOW.toISOString() });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('wipeAllData', () => {
  it('empties every table, including the outbox, sync state and page-context cache', async () => {
    await createRepositories({ db, now: () => NOW }).accounts.create({
      name: 'Real Co',
      crmKeys: [],
    });
    const removed = await wipeAllData(db);
    expect(removed.accounts).toBe(2);
    expect(removed.outbox).toBeGreaterThan(0);
    expect(removed.syncState).toBe(1);
    for (const table of db.tables) expect(await table.count()).toBe(0);
  });

  it('keeps the database usable: records can be written right after a wipe', async () => {
    await wipeAllData(db);
    const repos = createRepositories({ db, now: () => NOW });
    await repos.accounts.create({ name: 'After wipe', crmKeys: [] });
    expect(await repos.accounts.all()).toHaveLength(1);
  });
});

describe('countLocalData', () => {
  it('counts live records per table and leaves tombstones out', async () => {
    const before = await countLocalData(db);
    expect(before.accounts).toBe(1);
    expect(before.people).toBe(6);
    const person = await db.people.toCollection().first();
    await db.people.update(person!.id, { deleted: 1 });
    expect((await countLocalData(db)).people).toBe(5);
  });
});

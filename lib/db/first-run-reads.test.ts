import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAccount } from '@/tests/fixtures/db/records';
import { liveAccountCount, liveSampleAccount } from './first-run-reads';
import { createRepositories } from './repositories';
import { MotiveDatabase } from './schema';

let db: MotiveDatabase;
beforeEach(async () => {
  db = new MotiveDatabase(`first-run-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});
const repos = () => createRepositories({ db, now: () => new Date('2026-11-22T12:00:00Z') });

describe('the first-run reads', () => {
  it('count live accounts only', async () => {
    await repos().accounts.create(buildAccount({ id: 'a_1' }));
    await repos().accounts.create(buildAccount({ id: 'a_2' }));
    await repos().accounts.remove('a_2');
    expect(await liveAccountCount(db)).toBe(1);
  });

  it('find the live sample account, and no other', async () => {
    await repos().accounts.create(buildAccount({ id: 'a_real' }));
    expect(await liveSampleAccount(db)).toBeUndefined();
    await repos().accounts.create(buildAccount({ id: 'a_sample', isSample: true }));
    expect((await liveSampleAccount(db))?.id).toBe('a_sample');
    await repos().accounts.remove('a_sample');
    expect(await liveSampleAccount(db)).toBeUndefined();
  });
});

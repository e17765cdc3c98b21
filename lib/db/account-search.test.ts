import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount } from '@/tests/fixtures/db/records';
import { findAccounts } from './account-search';
import { createRepositories } from './repositories';
import { MotiveDatabase } from './schema';

let db: MotiveDatabase;
beforeAll(async () => {
  db = new MotiveDatabase(`account-search-${crypto.randomUUID()}`);
  await db.open();
  const repos = createRepositories({ db, now: () => new Date('2026-11-22T12:00:00Z') });
  for (const [id, name, domain] of [
    ['a_1', 'Société Générale', 'socgen.example'],
    ['a_2', 'Northwind Freight', 'northwind.example'],
    ['a_3', 'Northgate', 'ngate.example'],
    ['a_4', 'Gone North', 'gone.example'],
    ['a_5', 'Contoso', 'nordic-contoso.example'],
  ] as const) {
    await repos.accounts.create(buildAccount({ id, name, domain }));
  }
  await repos.accounts.remove('a_4');
});
afterAll(async () => {
  db.close();
  await db.delete();
});

const ids = async (query: string, limit = 8) => (await findAccounts(db, query, limit)).map((a) => a.id);

describe('findAccounts', () => {
  it.each([
    ['matches a name prefix in any case', 'NORTHW', ['a_2']],
    ['matches a name prefix without its accents', 'societe', ['a_1']],
    ['lists name matches first, then domain matches', 'no', ['a_3', 'a_2', 'a_5']],
    ['ignores surrounding spaces', '  contoso ', ['a_5']],
    ['hides deleted accounts', 'gone', []],
    ['finds nothing for an unknown prefix', 'zz', []],
  ])('%s', async (_rule, query, expected) => {
    expect(await ids(query)).toEqual(expected);
  });

  it('fills its places with live accounts when tombstones come first in the index', async () => {
    expect(await ids('g', 1)).toEqual([]);
    expect(await ids('n', 1)).toEqual(['a_3']);
    await db.accounts.update('a_3', { deleted: 1 });
    expect(await ids('n', 1)).toEqual(['a_2']);
    await db.accounts.update('a_3', { deleted: 0 });
  });
});

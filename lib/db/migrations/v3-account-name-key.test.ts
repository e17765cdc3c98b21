/**
 * Version 2 → 3 with before/after data: every account row gets its folded name in
 * `nameLower`, the index answers the finder's prefix ranges at once, and nothing else changes.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { MotiveDatabase } from '../schema';
import { FROZEN_STORES } from './frozen-stores';

const AT = '2026-11-01T08:00:00.000Z';
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const account = (id: string, name: string, deleted: 0 | 1 = 0, isSample = false) => ({
  id,
  name,
  crmKeys: [],
  stage: 'discovery',
  segment: {},
  movement: {},
  discovery: {},
  tickedSignals: [],
  isSample,
  createdAt: AT,
  updatedAt: AT,
  serverVersion: 3,
  deleted,
});

async function upgradedFromV2(rows: Record<string, unknown>[]) {
  const name = `v3-${crypto.randomUUID()}`;
  names.push(name);
  const v2 = new Dexie(name);
  v2.version(2).stores({ ...FROZEN_STORES[2] });
  await v2.open();
  await v2.table('accounts').bulkPut(rows);
  await v2.table('outbox').add({ mutationId: 'm1', collection: 'accounts', key: 'a_1', op: 'put' });
  v2.close();
  const db = new MotiveDatabase(name);
  await db.open();
  return db;
}

describe('upgrading to version 3: accounts are indexed by their folded name', () => {
  const before = [
    account('a_1', 'Société Générale'),
    account('a_2', 'NORTHWIND Freight'),
    account('a_3', 'Northgate'),
    account('a_4', 'Gone Ltd', 1),
    account('a_5', 'Halden Logistics (sample)', 0, true),
  ];

  it('gives every account row, tombstones included, its lower-cased, accent-folded name', async () => {
    const db = await upgradedFromV2(before);
    expect((await db.accounts.toArray()).map((a) => [a.id, a.nameLower])).toEqual([
      ['a_1', 'societe generale'],
      ['a_2', 'northwind freight'],
      ['a_3', 'northgate'],
      ['a_4', 'gone ltd'],
      ['a_5', 'halden logistics (sample)'],
    ]);
    db.close();
  });

  it('marks the sample account alone in the sparse sample index', async () => {
    const db = await upgradedFromV2(before);
    expect(await db.accounts.where('sample').equals(1).primaryKeys()).toEqual(['a_5']);
    db.close();
  });

  it('keeps every other field of every row, and the other tables as they were', async () => {
    const db = await upgradedFromV2(before);
    const after = await db.accounts.toArray();
    expect(after.map(({ nameLower: _key, sample: _sample, ...row }) => row)).toEqual(before);
    expect(await db.outbox.count()).toBe(1);
    db.close();
  });

  it.each([
    ['a prefix in another case', 'NORTH', ['a_3', 'a_2']],
    ['a prefix without its accents', 'soc', ['a_1']],
    ['a prefix of a tombstone (hidden later by the reader)', 'gone', ['a_4']],
  ])('answers %s from the nameLower index', async (_rule, typed, ids) => {
    const db = await upgradedFromV2(before);
    const found = await db.accounts.where('nameLower').startsWith(typed.toLowerCase()).primaryKeys();
    expect(found).toEqual(ids);
    db.close();
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MotiveDatabase } from '../db/schema';
import { presentKeys } from './present-keys';

let db: MotiveDatabase;
beforeEach(async () => {
  db = new MotiveDatabase(`present-keys-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const id = (i: number) => `notes\u0000n_${String(i).padStart(3, '0')}`;

describe('presentKeys', () => {
  it('finds which keys a table holds, none read one by one', async () => {
    await db.serverVersions.bulkPut([1, 5, 9].map((i) => ({ id: id(i), version: i })));
    expect(await presentKeys(db.serverVersions, [id(9), id(2), id(5), id(40)])).toEqual([id(9), id(5)]);
    expect(await presentKeys(db.serverVersions, [])).toEqual([]);
  });

  it('a range holding far more keys than wanted stops early and answers with every key', async () => {
    await db.serverVersions.bulkPut(Array.from({ length: 100 }, (_, i) => ({ id: id(i), version: i })));
    expect(await presentKeys(db.serverVersions, [id(0), id(99), id(200)])).toEqual([id(0), id(99), id(200)]);
  });
});

/**
 * Version 3 → 4 with data (hand-written fixture rows): every row of a v3 database, outbox and
 * sync state included, is still there after the upgrade, the new `serverVersions` table starts
 * empty, and an acknowledgement written after the upgrade lands in it. Opened at version 4's
 * frozen stores: from version 5 on, acknowledgements go to pages (v5-acknowledgement-pages.test.ts).
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { FROZEN_STORES } from './frozen-stores';

const AT = '2026-11-01T08:00:00.000Z';
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const note = {
  id: 'n_1',
  accountId: 'a_1',
  kind: 'call',
  text: 'They asked for the rollout plan.',
  at: AT,
  personIds: [],
  tags: [],
  createdAt: AT,
  updatedAt: AT,
  words: ['they', 'asked', 'rollout', 'plan'],
  serverVersion: 5,
  deleted: 0,
};
const entry = {
  mutationId: 'm_1',
  collection: 'notes',
  key: 'n_1',
  op: 'put',
  value: { id: 'n_1', text: 'edited offline' },
  baseVersion: 5,
  clientTime: AT,
};

describe('upgrading to version 4: acknowledged versions get a table of their own', () => {
  it('keeps every v3 row and opens with an empty serverVersions table that takes writes', async () => {
    const name = `v4-${crypto.randomUUID()}`;
    names.push(name);
    const v3 = new Dexie(name);
    v3.version(3).stores({ ...FROZEN_STORES[3] });
    await v3.open();
    await v3.table('notes').put(note);
    const seq = await v3.table('outbox').add(entry);
    await v3.table('syncState').put({ key: 'cursor', value: 'c5' });
    v3.close();

    const db = new Dexie(name);
    db.version(4).stores({ ...FROZEN_STORES[4] });
    await db.open();

    expect(db.verno).toBe(4);
    expect(await db.table('notes').toArray()).toEqual([note]);
    expect(await db.table('outbox').toArray()).toEqual([{ ...entry, seq }]);
    expect(await db.table('syncState').get('cursor')).toEqual({ key: 'cursor', value: 'c5' });
    expect(await db.table('notes').where('words').equals('rollout').count()).toBe(1);
    expect(await db.table('serverVersions').count()).toBe(0);
    await db.table('serverVersions').put({ id: 'notes\u0000n_1', version: 9 });
    expect(await db.table('serverVersions').get('notes\u0000n_1')).toEqual({
      id: 'notes\u0000n_1',
      version: 9,
    });
    db.close();
  });
});

/**
 * Version 4 → 5 with data (hand-written rows): every acknowledged version a v4 database kept in
 * `serverVersions` is still the record's version after the upgrade, now read from sorted,
 * disjoint pages of at most 500; `serverVersions` is left empty; every other row is kept; and
 * an acknowledgement after the upgrade joins the pages.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { MotiveDatabase } from '../schema';
import { acknowledgedVersions, recordAcknowledgements } from '../../sync/server-versions';
import { FROZEN_STORES } from './frozen-stores';

const AT = '2026-11-01T08:00:00.000Z';
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const id = (i: number) => `notes\u0000n_${String(i).padStart(5, '0')}`;
/** 1,203 acknowledged versions (three pages), stored in no particular order. */
const acknowledged = Array.from({ length: 1203 }, (_, i) => ({ id: id(i), version: 10 + i })).reverse();
const note = {
  id: 'n_00007',
  accountId: 'a_1',
  kind: 'call',
  text: 'They asked for the rollout plan.',
  at: AT,
  personIds: [],
  tags: [],
  createdAt: AT,
  updatedAt: AT,
  words: ['they', 'asked', 'rollout', 'plan'],
  serverVersion: null,
  deleted: 0,
};
const entry = {
  mutationId: 'm_1',
  collection: 'notes',
  key: 'n_00007',
  op: 'put',
  value: { id: 'n_00007', text: 'edited after its acknowledgement' },
  baseVersion: null,
  clientTime: AT,
};

async function upgradedFromV4() {
  const name = `v5-${crypto.randomUUID()}`;
  names.push(name);
  const v4 = new Dexie(name);
  v4.version(4).stores({ ...FROZEN_STORES[4] });
  await v4.open();
  await v4.table('serverVersions').bulkPut(acknowledged);
  await v4.table('notes').put(note);
  const seq = await v4.table('outbox').add(entry);
  await v4.table('syncState').put({ key: 'cursor', value: 'c1212' });
  v4.close();
  const db = new MotiveDatabase(name);
  await db.open();
  return { db, seq };
}

describe('upgrading to version 5: acknowledged versions move into pages', () => {
  it('keeps every acknowledged version, readable by record, and empties serverVersions', async () => {
    const { db } = await upgradedFromV4();
    expect(db.verno).toBe(5);
    const ids = acknowledged.map((a) => a.id);
    const versions = await acknowledgedVersions(db, ids);
    expect(ids.map((i) => versions.get(i))).toEqual(acknowledged.map((a) => a.version));
    expect(await db.serverVersions.count()).toBe(0);
    db.close();
  });

  it('writes sorted, disjoint pages of at most 500, each keyed by its highest id', async () => {
    const { db } = await upgradedFromV4();
    const pages = await db.acknowledgements.toArray();
    expect(pages.map((p) => [p.ids.length, p.last])).toEqual([
      [500, id(499)],
      [500, id(999)],
      [203, id(1202)],
    ]);
    for (const page of pages) expect(page.ids).toEqual([...page.ids].sort());
    db.close();
  });

  it('keeps every other row, outbox and sync state included', async () => {
    const { db, seq } = await upgradedFromV4();
    expect(await db.notes.toArray()).toEqual([note]);
    expect(await db.outbox.toArray()).toEqual([{ ...entry, seq }]);
    expect(await db.syncState.get('cursor')).toEqual({ key: 'cursor', value: 'c1212' });
    expect(await db.notes.where('words').equals('rollout').count()).toBe(1);
    db.close();
  });

  it('an acknowledgement after the upgrade joins the pages and raises a version', async () => {
    const { db } = await upgradedFromV4();
    await db.transaction('rw', db.acknowledgements, () =>
      recordAcknowledgements(db, [
        { id: id(7), version: 5000 },
        { id: id(5000), version: 5001 },
      ]),
    );
    const versions = await acknowledgedVersions(db, [id(6), id(7), id(5000)]);
    expect([...versions]).toEqual([
      [id(6), 16],
      [id(7), 5000],
      [id(5000), 5001],
    ]);
    db.close();
  });
});

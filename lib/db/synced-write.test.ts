import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MotiveDatabase } from './schema';
import { deleteSynced, getPresent, putSynced, toWireValue } from './synced-write';

let db: MotiveDatabase;
const clientTime = '2026-11-22T10:00:00.000Z';

beforeEach(async () => {
  db = new MotiveDatabase(`synced-write-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const note = (text: string) => ({
  id: 'n_1',
  accountId: 'a_1',
  kind: 'call',
  text,
  at: clientTime,
  personIds: [],
  tags: [],
  createdAt: clientTime,
  updatedAt: clientTime,
});

describe('putSynced', () => {
  it('writes the row and its outbox entry together, with local fields kept out of the wire value', async () => {
    await putSynced(db, 'notes', note('hello'), { clientTime });
    const row = await db.notes.get('n_1');
    const [entry] = await db.outbox.toArray();
    expect(row).toMatchObject({ text: 'hello', serverVersion: null, deleted: 0, words: ['hello'] });
    expect(entry).toMatchObject({
      collection: 'notes',
      key: 'n_1',
      op: 'put',
      baseVersion: null,
      clientTime,
    });
    expect(entry?.value).toEqual(note('hello'));
    expect(entry?.mutationId).toMatch(/^m_/);
  });

  it('bases an edit on the server version the row last had', async () => {
    await db.notes.put({ ...note('v1'), kind: 'call', serverVersion: 7, deleted: 0, words: [] });
    await putSynced(db, 'notes', note('v2'), { clientTime });
    expect((await db.outbox.toArray())[0]?.baseVersion).toBe(7);
    expect((await db.notes.get('n_1'))?.serverVersion).toBe(7);
  });

  it('writes nothing at all when the transaction fails part-way', async () => {
    // An outbox entry with a duplicate primary key makes the second add fail inside the transaction.
    const failing = putSynced(db, 'notes', note('lost?'), { clientTime }).then(async () => {
      await db.transaction('rw', db.notes, db.outbox, async () => {
        await db.notes.put({ ...note('half'), kind: 'call', serverVersion: null, deleted: 0, words: [] });
        await db.outbox.add({
          seq: 1,
          mutationId: 'dup',
          collection: 'notes',
          key: 'n_1',
          op: 'put',
          baseVersion: null,
          clientTime,
        });
      });
    });
    await expect(failing).rejects.toThrow();
    expect((await db.notes.get('n_1'))?.text).toBe('lost?');
    expect(await db.outbox.count()).toBe(1);
  });
});

describe('deleteSynced', () => {
  it('keeps a tombstone and queues the delete with the row’s server version', async () => {
    await db.notes.put({ ...note('bye'), kind: 'call', serverVersion: 3, deleted: 0, words: [] });
    expect(await deleteSynced(db, 'notes', 'n_1', { clientTime })).toBe(true);
    expect(await db.notes.get('n_1')).toMatchObject({ deleted: 1, text: 'bye' });
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({ op: 'delete', key: 'n_1', baseVersion: 3 }),
    ]);
  });

  it.each([
    ['a missing record', undefined],
    ['an already deleted record', 1 as const],
  ])('does nothing for %s', async (_title, deleted) => {
    if (deleted !== undefined)
      await db.notes.put({ ...note('x'), kind: 'call', serverVersion: 1, deleted, words: [] });
    expect(await deleteSynced(db, 'notes', 'n_1', { clientTime })).toBe(false);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('getPresent', () => {
  it('answers like bulkGet: the row for each id held (tombstones too), undefined for the others, in order', async () => {
    await putSynced(db, 'notes', note('kept'), { clientTime });
    await putSynced(db, 'notes', { ...note('other'), id: 'n_2' }, { clientTime });
    await deleteSynced(db, 'notes', 'n_2', { clientTime });
    const rows = await getPresent(db.notes, ['n_missing', 'n_2', 'n_1']);
    expect(rows.map((row) => row && [row.id, row.deleted])).toEqual([undefined, ['n_2', 1], ['n_1', 0]]);
    expect(await getPresent(db.notes, [])).toEqual([]);
  });

  it('answers undefined for every id of an empty table', async () => {
    expect(await getPresent(db.people, ['p_1', 'p_2'])).toEqual([undefined, undefined]);
  });
});

describe('toWireValue', () => {
  it('strips serverVersion, deleted and words only', () => {
    expect(toWireValue({ id: 'x', text: 't', serverVersion: 1, deleted: 0, words: ['t'] })).toEqual({
      id: 'x',
      text: 't',
    });
  });
});

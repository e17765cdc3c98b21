import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MotiveDatabase, type NoteRow } from '../db/schema';
import { putSynced } from '../db/synced-write';
import { applyPulledChanges } from './apply-pulled';
import type { PulledChange } from './protocol';
import { recordId } from './queued-edits';
import { recordAcknowledgements } from './server-versions';
import { readState, shadowKey } from './sync-state';

let db: MotiveDatabase;
const T = '2026-11-22T10:00:00.000Z';

beforeEach(async () => {
  db = new MotiveDatabase(`apply-pulled-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const note = (id: string, text: string) => ({
  id,
  accountId: 'a_1',
  kind: 'call',
  text,
  at: T,
  personIds: [],
  tags: [],
  createdAt: T,
  updatedAt: T,
});
const put = (key: string, version: number, text: string): PulledChange => ({
  collection: 'notes',
  key,
  version,
  op: 'put',
  value: note(key, text),
  updatedAt: T,
  updatedBy: 'c_other',
});
const del = (key: string, version: number): PulledChange => ({
  collection: 'notes',
  key,
  version,
  op: 'delete',
  updatedAt: T,
  updatedBy: 'c_other',
});

describe('applyPulledChanges (bulk, same outcome as one by one in order)', () => {
  it.each([
    [
      'a record pulled twice in one page ends at its last state',
      [put('n_1', 1, 'first'), put('n_1', 2, 'second')],
      'second',
      2,
      0,
    ],
    [
      'a put then a delete of one record in one page marks it deleted',
      [put('n_1', 1, 'first'), del('n_1', 2)],
      'first',
      2,
      1,
    ],
    [
      'an older version after a newer one is ignored',
      [put('n_1', 3, 'newer'), put('n_1', 2, 'older')],
      'newer',
      3,
      0,
    ],
  ])('%s', async (_title, changes, text, version, deleted) => {
    await db.transaction('rw', [...Object.keys(db._allTables)], () => applyPulledChanges(db, changes));
    const row = await db.notes.get('n_1');
    expect(row).toMatchObject({ text, serverVersion: version, deleted });
  });

  it('a delete of a record never seen here leaves nothing', async () => {
    await db.transaction('rw', [...Object.keys(db._allTables)], () =>
      applyPulledChanges(db, [del('n_9', 4)]),
    );
    expect(await db.notes.get('n_9')).toBeUndefined();
  });

  it('never clobbers a pending local edit: the pulled state becomes its shadow, other records are written', async () => {
    await putSynced(db, 'notes', note('n_1', 'mine, not yet pushed'), { clientTime: T });
    await db.transaction('rw', [...Object.keys(db._allTables)], () =>
      applyPulledChanges(db, [put('n_1', 5, 'theirs'), put('n_2', 1, 'another')]),
    );
    expect((await db.notes.get('n_1'))?.text).toBe('mine, not yet pushed');
    expect(await readState(db, shadowKey('notes', 'n_1'))).toMatchObject({
      version: 5,
      state: { op: 'put' },
    });
    expect((await db.notes.get('n_2'))?.text).toBe('another');
  });

  it('a row acknowledged at a newer version than its own field is not set back by an older pull', async () => {
    await db.notes.put({
      ...note('n_1', 'ours, acknowledged at 7'),
      words: [],
      serverVersion: null,
      deleted: 0,
    } as NoteRow);
    await recordAcknowledgements(db, [{ id: recordId('notes', 'n_1'), version: 7 }]);
    await db.transaction('rw', [...Object.keys(db._allTables)], () =>
      applyPulledChanges(db, [put('n_1', 6, 'older')]),
    );
    expect((await db.notes.get('n_1'))?.text).toBe('ours, acknowledged at 7');
  });

  it('notes pulled in bulk keep their search words', async () => {
    await db.transaction('rw', [...Object.keys(db._allTables)], () =>
      applyPulledChanges(db, [put('n_1', 1, 'Renewal pricing')]),
    );
    expect((await db.notes.get('n_1'))?.words).toEqual(expect.arrayContaining(['renewal', 'pricing']));
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MotiveDatabase, type NoteRow } from '../db/schema';
import { recordId } from './queued-edits';
import { recordAcknowledgements } from './server-versions';
import { resolveConflictsOf } from './resolve-pending-conflicts';

const T = '2026-11-22T10:00:00.000Z';
let db: MotiveDatabase;
beforeEach(async () => {
  db = new MotiveDatabase(`resolve-${crypto.randomUUID()}`);
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
  at: T,
  personIds: [],
  tags: [],
  createdAt: T,
  updatedAt: T,
});

describe('resolving a conflict against the row', () => {
  it('takes the row at its acknowledged version when that is newer than its own field', async () => {
    // The row holds this device's own change, acknowledged at 7 (kept in the acknowledgement pages).
    await db.notes.put({
      ...note('the plan, as acknowledged'),
      words: [],
      serverVersion: null,
      deleted: 0,
    } as NoteRow);
    await recordAcknowledgements(db, [{ id: recordId('notes', 'n_1'), version: 7 }]);
    // An older offline change of the same note was rejected against that version 7.
    await db.conflicts.put({
      id: 'x_1',
      collection: 'notes',
      key: 'n_1',
      op: 'put',
      value: note('the plan, edited offline'),
      baseVersion: 3,
      currentVersion: 7,
      clientId: 'c_1',
      mutationId: 'm_rejected',
      clientTime: T,
      createdAt: T,
      updatedAt: T,
      serverVersion: 8,
      deleted: 0,
    });
    let n = 0;

    await db.transaction('rw', [...Object.keys(db._allTables)], () =>
      resolveConflictsOf(
        { db, clientId: 'c_1', now: () => new Date(T) },
        { queue: (entry) => db.outbox.add(entry).then(() => undefined), mutationId: () => `m_${++n}` },
      ),
    );

    const queued = (await db.outbox.toArray()).filter((e) => e.collection === 'notes');
    expect(queued.map((e) => [e.key, e.baseVersion])).toEqual([['n_1', 7]]);
  });
});

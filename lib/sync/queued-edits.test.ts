/**
 * queuedEditsOf finds every queued entry of the records asked for, whichever way it reads
 * them (one range read, or one probe per record when the range is mostly other records').
 * Requests are counted through a Dexie middleware, never timed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropDatabase, openTallied, readsIn, type Tally } from '../db/request-tally';
import { MotiveDatabase, type OutboxEntry } from '../db/schema';
import { queuedEditsOf, recordId } from './queued-edits';

const T = '2026-11-22T10:00:00.000Z';
let db: MotiveDatabase;
let tally: Tally;

beforeEach(async () => ({ db, tally } = await openTallied('queued-edits')));
afterEach(() => dropDatabase(db));

const entry = (key: string, text: string, collection: 'notes' | 'people' = 'notes'): OutboxEntry => ({
  mutationId: `m_${key}_${text.replaceAll(' ', '_')}`,
  collection,
  key,
  op: 'put',
  value: { id: key, text },
  baseVersion: null,
  clientTime: T,
});
const key = (i: number) => `n_${String(i).padStart(4, '0')}`;

/** Queues `entries` and returns them as stored (with their seq). */
async function queue(entries: OutboxEntry[]): Promise<OutboxEntry[]> {
  await db.outbox.bulkAdd(entries);
  return db.outbox.orderBy('seq').toArray();
}

/** What each record id holds, as texts in seq order. */
const texts = (queued: Map<string, OutboxEntry[]>) =>
  Object.fromEntries([...queued].map(([id, entries]) => [id, entries.map((e) => e.value!.text)]));

describe('queuedEditsOf', () => {
  it('reads a batch whose records hold nothing else in one request', async () => {
    const sent = await queue(Array.from({ length: 50 }, (_, i) => entry(key(i), 'sent')));
    tally.clear();

    const queued = await queuedEditsOf(db, sent, new Map(sent.map((e) => [e.seq!, e])));

    expect(queued.size).toBe(50);
    expect(readsIn(tally)).toBe(1);
  });

  it('finds later edits of the records, leaves out other records in the range and entries gone', async () => {
    const [a, , c] = await queue([
      entry(key(1), 'sent a'),
      entry(key(2), 'not asked'),
      entry(key(3), 'sent c'),
    ]);
    await queue([entry(key(1), 'a edited later'), entry(key(2), 'not asked, later')]);
    await db.outbox.delete(c!.seq); // applied by an earlier, interrupted run

    const queued = await queuedEditsOf(db, [a!, c!], new Map([a!, c!].map((e) => [e.seq!, e])));

    expect(texts(queued)).toEqual({ [recordId('notes', key(1))]: ['sent a', 'a edited later'] });
  });

  it('probes each record when the range holds mostly other records, with the same answer', async () => {
    const all = await queue(Array.from({ length: 40 }, (_, i) => entry(key(i), `first ${i}`)));
    await queue([
      entry(key(0), 'zero again'),
      entry(key(39), 'last again'),
      entry('p_1', 'person', 'people'),
    ]);
    const asked = [all[0]!, all[39]!, { collection: 'people' as const, key: 'p_1' }];
    tally.clear();

    const queued = await queuedEditsOf(db, asked, new Map([all[0]!, all[39]!].map((e) => [e.seq!, e])));

    expect(texts(queued)).toEqual({
      [recordId('notes', key(0))]: ['first 0', 'zero again'],
      [recordId('notes', key(39))]: ['first 39', 'last again'],
      [recordId('people', 'p_1')]: ['person'],
    });
    // notes: the range, then a probe per record; people: the range, then its one entry read
    expect(readsIn(tally)).toBe(1 + 2 + 1 + 1);
  });

  it('reads pulled records with no entry known beforehand', async () => {
    await queue([entry(key(5), 'pending here'), entry(key(6), 'another')]);

    const queued = await queuedEditsOf(db, [
      { collection: 'notes', key: key(5) },
      { collection: 'notes', key: key(7) },
    ]);

    expect(texts(queued)).toEqual({ [recordId('notes', key(5))]: ['pending here'] });
  });
});

/**
 * Choosing the next batch while a request is in flight (counted IndexedDB requests and values,
 * never timed): the entries of the request in flight are not read again, and the choice is the
 * same as if they had been.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropDatabase, openTallied, type Tally } from '../db/request-tally';
import { MotiveDatabase } from '../db/schema';
import { putSyncedMany } from '../db/synced-write';
import { prepareBatch } from './outbox-batch';
import { STATE_KEYS, readState } from './sync-state';

const T = '2026-11-22T10:00:00.000Z';
const N = 60;
const LIMITS = { count: N / 2, bytes: 1_000_000 };

let db: MotiveDatabase;
let tally: Tally;

beforeEach(async () => ({ db, tally } = await openTallied('outbox-batch')));
afterEach(() => dropDatabase(db));

const note = (i: number) => ({
  id: `n_${String(i).padStart(3, '0')}`,
  accountId: 'a_1',
  kind: 'call',
  text: `note ${i}`,
  at: T,
  personIds: [],
  tags: [],
  createdAt: T,
  updatedAt: T,
});

describe('the batch chosen while another is in flight', () => {
  beforeEach(async () => {
    await putSyncedMany(
      db,
      'notes',
      Array.from({ length: N }, (_, i) => note(i)),
      { clientTime: T },
    );
  });

  it('reads only the entries after the batch in flight, and keeps that batch marked in flight', async () => {
    const first = await prepareBatch(db, LIMITS, new Date(T));
    tally.clear();

    const next = await prepareBatch(db, LIMITS, new Date(T), first);

    expect(next.map((e) => e.key)).toEqual(Array.from({ length: N / 2 }, (_, i) => note(N / 2 + i).id));
    expect(tally.get('outbox values')).toBe(N / 2);
    expect(new Set(await readState<string[]>(db, STATE_KEYS.inflight))).toEqual(
      new Set([...first, ...next].map((e) => e.mutationId)),
    );
  });

  it('still sees an entry queued before the batch in flight that it did not hold (a blocked one)', async () => {
    await db.outbox.add({
      mutationId: 'm_blocked',
      collection: 'notes',
      key: 'n_bad',
      op: 'put',
      value: { id: 'another key' },
      baseVersion: null,
      clientTime: T,
    });
    const first = await prepareBatch(db, LIMITS, new Date(T));
    const [blocked] = await db.outbox.where('mutationId').equals('m_blocked').toArray();
    await db.outbox.delete(blocked!.seq);
    const seq = await db.outbox.add({ ...blocked!, seq: first[0]!.seq - 1 });
    expect(seq).toBeLessThan(first[0]!.seq);

    const next = await prepareBatch(db, LIMITS, new Date(T), first);

    expect(next.blocked.map((e) => e.mutationId)).toEqual(['m_blocked']);
    expect(next).toHaveLength(N / 2);
  });
});

describe('the batch chosen from an empty outbox (every round of a pull)', () => {
  it('reads, and writes nothing when nothing was in flight', async () => {
    tally.clear();

    const batch = await prepareBatch(db, LIMITS, new Date(T));

    expect(batch).toHaveLength(0);
    expect(tally.get('syncState put') ?? 0).toBe(0);
  });
});

describe('the batch cut to the body limit', () => {
  /** A note whose text is `chars` characters of three UTF-8 bytes each (€). */
  const euroNote = (i: number, chars: number) => ({ ...note(i), text: '€'.repeat(chars) });
  const wireBytes = (entries: { mutationId: string }[], all: Map<string, unknown>) =>
    entries.reduce(
      (sum, e) => sum + new TextEncoder().encode(JSON.stringify(all.get(e.mutationId))).length + 1,
      0,
    );

  it.each([
    ['one-byte characters', (i: number) => ({ ...note(i), text: 'x'.repeat(3000) }), 40_000],
    // 20 changes of about 3,200 characters fit 100,000 by characters, not by bytes.
    ['three-byte characters', (i: number) => euroNote(i, 3000), 100_000],
  ])('counts UTF-8 bytes, not characters: %s', async (_, make, bytes) => {
    await putSyncedMany(
      db,
      'notes',
      Array.from({ length: 20 }, (_, i) => make(i)),
      { clientTime: T },
    );
    const limits = { count: 20, bytes };

    const batch = await prepareBatch(db, limits, new Date(T));

    // Each change as sent, by mutation id, to measure the batch the way the server does.
    const sent = new Map(
      batch.map((e) => [
        e.mutationId,
        {
          mutationId: e.mutationId,
          collection: e.collection,
          key: e.key,
          op: e.op,
          value: e.value,
          baseVersion: e.baseVersion,
          clientTime: e.clientTime,
        },
      ]),
    );
    const perChange = wireBytes(batch.slice(0, 1), sent);
    expect(wireBytes(batch, sent)).toBeLessThanOrEqual(limits.bytes);
    // As full as the limit allows: one more change would not fit.
    expect(wireBytes(batch, sent) + perChange).toBeGreaterThan(limits.bytes);
  });
});

/**
 * What applying one response costs in IndexedDB requests (counted through a Dexie middleware,
 * never timed): a pushed batch that comes back acknowledged and pulled as sent reads no row and
 * rewrites none (its versions go to one acknowledgement page: one write for the response, not one
 * per record), and settles shadows that exist rather than deleting one key per record.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropDatabase, openTallied, type Tally } from '../db/request-tally';
import { MotiveDatabase } from '../db/schema';
import { putSynced, putSyncedMany } from '../db/synced-write';
import { applyResponse } from './apply-response';
import { prepareBatch, type SentEntry } from './outbox-batch';
import { recordId } from './queued-edits';
import { acknowledgedVersions } from './server-versions';
import type { SyncResponse } from './protocol';
import { STATE_KEYS, readState, shadowKey, writeState } from './sync-state';

const T = '2026-11-22T10:00:00.000Z';
const N = 50;

let db: MotiveDatabase;
let tally: Tally;

beforeEach(async () => ({ db, tally } = await openTallied('apply-response')));
afterEach(() => dropDatabase(db));

const note = (i: number) => ({
  id: `n_${i}`,
  accountId: 'a_1',
  kind: 'call',
  text: `note ${i}`,
  at: T,
  personIds: [],
  tags: [],
  createdAt: T,
  updatedAt: T,
});

/** N notes waiting in the outbox, sent, and the server's answer: all applied and pulled back. */
async function pushedBatch(): Promise<{ sent: SentEntry[]; response: SyncResponse }> {
  await putSyncedMany(
    db,
    'notes',
    Array.from({ length: N }, (_, i) => note(i)),
    { clientTime: T },
  );
  const sent = (await db.outbox.orderBy('seq').toArray()) as SentEntry[];
  const response: SyncResponse = {
    results: sent.map((e, i) => ({ mutationId: e.mutationId, status: 'applied', version: i + 1 })),
    changes: sent.map((e, i) => ({
      collection: 'notes',
      key: e.key,
      version: i + 1,
      op: 'put',
      value: e.value!,
      updatedAt: T,
      updatedBy: 'rep',
    })),
    cursor: `c${N.toString(36)}`,
    more: false,
  };
  return { sent, response };
}

describe('applyResponse for an acknowledged push', () => {
  it('rewrites no row that comes back as sent: reads none, records their versions in one write', async () => {
    const { sent, response } = await pushedBatch();
    await writeState(db, shadowKey('notes', 'n_elsewhere'), { version: 1, state: { op: 'delete' } });
    const before = await db.notes.toArray();
    tally.clear();

    await applyResponse({ db, clientId: 'c_1', now: () => new Date(T) }, sent, response);

    expect(await db.outbox.count()).toBe(0);
    expect(await db.notes.toArray()).toEqual(before);
    const ids = before.map((r) => recordId('notes', r.id));
    const versions = await acknowledgedVersions(db, ids);
    expect(ids.map((id) => versions.get(id))).toEqual(before.map((r) => Number(r.id.slice(2)) + 1));
    expect(await readState(db, shadowKey('notes', 'n_elsewhere'))).toBeDefined();
    expect(tally.get('notes read') ?? 0).toBe(0);
    expect(tally.get('notes put') ?? 0).toBe(0);
    expect(tally.get('acknowledgements put')).toBe(1);
    expect(tally.get('serverVersions put') ?? 0).toBe(0);
    expect(tally.get('syncState delete') ?? 0).toBe(0);
  });

  it('rewrites a row whose change came back changed (repaired on the wire, or by the server)', async () => {
    const { sent, response } = await pushedBatch();
    const changed = {
      ...response.changes[0]!,
      value: { ...note(0), text: 'note 0 (as the server keeps it)' },
    };
    const page = { ...response, changes: [changed, ...response.changes.slice(1)] };

    await applyResponse({ db, clientId: 'c_1', now: () => new Date(T) }, sent, page);

    expect(await db.notes.get('n_0')).toMatchObject({
      text: 'note 0 (as the server keeps it)',
      serverVersion: 1,
    });
    expect((await acknowledgedVersions(db, [recordId('notes', 'n_0')])).size).toBe(0);
  });

  it('an edit made after that is pushed based on the acknowledged version, not the row field', async () => {
    const { sent, response } = await pushedBatch();
    await applyResponse({ db, clientId: 'c_1', now: () => new Date(T) }, sent, response);

    await putSynced(db, 'notes', { ...note(3), text: 'note 3, edited after the push' }, { clientTime: T });
    expect((await db.outbox.toArray())[0]?.baseVersion).toBeNull(); // the row's own field
    const batch = await prepareBatch(db);

    expect(batch.map((e) => [e.key, e.baseVersion])).toEqual([['n_3', 4]]);
  });

  it('a page of records this profile never held reads none of them', async () => {
    await putSyncedMany(db, 'notes', [note(0)], { clientTime: T });
    await db.outbox.clear();
    const pulled = Array.from({ length: N }, (_, i) => ({
      collection: 'notes' as const,
      key: `n_${i + 1}`,
      version: i + 1,
      op: 'put' as const,
      value: note(i + 1),
      updatedAt: T,
      updatedBy: 'rep',
    }));
    tally.clear();

    await applyResponse({ db, clientId: 'c_1', now: () => new Date(T) }, [], {
      results: [],
      changes: pulled,
      cursor: `c${N}`,
      more: false,
    });

    expect(tally.get('notes read') ?? 0).toBe(0);
    expect(await db.notes.count()).toBe(N + 1);
  });

  it('unmarks in flight the changes it answered, and only those', async () => {
    const { sent, response } = await pushedBatch();
    await writeState(db, STATE_KEYS.inflight, ['m_sent_earlier', ...sent.map((e) => e.mutationId)]);

    await applyResponse({ db, clientId: 'c_1', now: () => new Date(T) }, sent, response);

    expect(await readState(db, STATE_KEYS.inflight)).toEqual(['m_sent_earlier']);
  });

  it('marks a row acknowledged but not pulled in this page', async () => {
    const { sent, response } = await pushedBatch();
    const page = { ...response, changes: response.changes.slice(1) };

    await applyResponse({ db, clientId: 'c_1', now: () => new Date(T) }, sent, page);

    expect(await db.notes.get('n_0')).toMatchObject({ text: 'note 0', serverVersion: 1 });
  });

  it('a duplicate whose record was pulled pages earlier, while it was pending, takes that state', async () => {
    const { sent, response } = await pushedBatch();
    // A lost response: a teammate wrote n_0 since; the page that brought it found n_0 pending.
    const theirs = { ...note(0), text: 'theirs, written after ours' };
    await writeState(db, shadowKey('notes', 'n_0'), { version: 70, state: { op: 'put', value: theirs } });
    // Ours was applied at 1, and this very change of n_1 at 2: both pulled pages earlier.
    await writeState(db, shadowKey('notes', 'n_1'), { version: 2, state: { op: 'put', value: note(1) } });
    const lost: SyncResponse = {
      ...response,
      results: response.results.map((r) => ({ ...r, status: 'duplicate' as const })),
      changes: [],
    };

    await applyResponse({ db, clientId: 'c_1', now: () => new Date(T) }, sent, lost);

    expect(await db.notes.get('n_0')).toMatchObject({
      text: 'theirs, written after ours',
      serverVersion: 70,
    });
    expect(await db.notes.get('n_1')).toMatchObject({ text: 'note 1', serverVersion: 2 });
    expect(await readState(db, shadowKey('notes', 'n_0'))).toBeUndefined();
    expect(await readState(db, shadowKey('notes', 'n_1'))).toBeUndefined();
    expect(await db.notes.get('n_2')).toMatchObject({ serverVersion: null });
  });
});

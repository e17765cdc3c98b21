import { afterEach, describe, expect, it, vi } from 'vitest';
import { countRequests } from '@/lib/db/request-tally';
import { MotiveDatabase } from '@/lib/db/schema';
import { putSynced } from '@/lib/db/synced-write';
import type { SyncStatus } from '@/lib/messaging/protocol';
import { watchOutbox } from './outbox-watch';

const STATUS = { state: 'idle' } as unknown as SyncStatus;

describe('watching the outbox for sync', () => {
  const stops: (() => void)[] = [];
  const dbs: MotiveDatabase[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0)) stop();
    for (const db of dbs.splice(0)) await db.delete();
  });

  it('logs a failed watch and restarts it, so a later write still asks for a sync', async () => {
    const db = new MotiveDatabase(`outbox-watch-${Math.random()}`);
    dbs.push(db);
    // Arrange: the first read fails (a busy or closing database), later ones answer.
    const orderBy = db.outbox.orderBy.bind(db.outbox);
    vi.spyOn(db.outbox, 'orderBy')
      .mockImplementationOnce(
        () => ({ lastKey: () => Promise.reject(new Error('database busy')) }) as ReturnType<typeof orderBy>,
      )
      .mockImplementation(orderBy);
    const syncSoon = vi.fn();
    const log = vi.fn();
    const restarts: (() => void)[] = [];
    stops.push(
      watchOutbox({
        db,
        controller: { syncSoon, status: () => Promise.resolve(STATUS) },
        broadcast: () => undefined,
        log,
        schedule: (run) => restarts.push(run),
      }),
    );
    await vi.waitFor(() => expect(log).toHaveBeenCalledTimes(1));
    expect(String(log.mock.calls[0]![0])).toMatch(/watching the outbox failed; restarting/);

    // Act: the pause passes, then the rep writes something that must sync.
    restarts.shift()!();
    await putSynced(db, 'accounts', { id: 'a1', name: 'Acme' }, { clientTime: '2026-11-22T12:00:00Z' });

    // Assert: the restarted watch saw the outbox grow.
    await vi.waitFor(() => expect(syncSoon).toHaveBeenCalled());
  });

  const note = (i: number) => ({
    id: `n_${String(i).padStart(4, '0')}`,
    accountId: 'a1',
    kind: 'call' as const,
    text: `note ${i}`,
    at: '2026-11-22T12:00:00.000Z',
    personIds: [],
    tags: [],
  });

  it('does not count the outbox for each batch a sync acknowledges: only a new edit or an empty outbox is news', async () => {
    // Chromium counts an IndexedDB store by reading every entry, and a count waits its turn
    // with the sync's own transactions: re-counting after each of 20 batches held the storage
    // backend for 485 ms of a 1.7 s push of 10,000 changes (issue 15's trace).
    const db = new MotiveDatabase(`outbox-watch-${Math.random()}`);
    dbs.push(db);
    const tally = countRequests(db);
    for (let i = 0; i < 30; i++)
      await putSynced(db, 'notes', note(i), { clientTime: '2026-11-22T12:00:00Z' });
    const syncSoon = vi.fn();
    const broadcasts: SyncStatus[] = [];
    const status = () => db.outbox.count().then((pending) => ({ ...STATUS, pending }));
    stops.push(watchOutbox({ db, controller: { syncSoon, status }, broadcast: (s) => broadcasts.push(s) }));
    // Edits from before the worker started ask for a sync and are announced once.
    await vi.waitFor(() => expect(broadcasts).toHaveLength(1));
    expect(syncSoon).toHaveBeenCalledTimes(1);
    tally.clear();

    // Act: a sync acknowledges the head of the outbox in three batches, then the rep writes.
    const seqs = (await db.outbox.toCollection().primaryKeys()) as number[];
    for (let batch = 0; batch < 3; batch++) await db.outbox.bulkDelete(seqs.slice(batch * 8, batch * 8 + 8));
    await putSynced(db, 'notes', note(99), { clientTime: '2026-11-22T12:01:00Z' });

    // Assert: the new edit asks for a sync and is announced; the batches cost no count.
    await vi.waitFor(() => expect(syncSoon).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(broadcasts).toHaveLength(2));
    expect(broadcasts[1]!.pending).toBe(30 - 24 + 1);
    expect(tally.get('outbox count')).toBe(1); // the status broadcast's own

    // Act: the sync empties the outbox.
    await db.outbox.clear();

    // Assert: an empty outbox is announced (nothing waits any more), without asking for a sync.
    await vi.waitFor(() => expect(broadcasts).toHaveLength(3));
    expect(broadcasts[2]!.pending).toBe(0);
    expect(syncSoon).toHaveBeenCalledTimes(2);
  });
});

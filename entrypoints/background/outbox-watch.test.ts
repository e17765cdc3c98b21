import { afterEach, describe, expect, it, vi } from 'vitest';
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
    // Arrange: the first count fails (a busy or closing database), later ones answer.
    const count = db.outbox.count.bind(db.outbox);
    vi.spyOn(db.outbox, 'count').mockRejectedValueOnce(new Error('database busy')).mockImplementation(count);
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
});

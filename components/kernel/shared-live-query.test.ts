import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { MotiveDatabase } from '@/lib/db/schema';
import { createSharedLiveQueries } from './shared-live-query';

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

async function setUp() {
  const db = new MotiveDatabase(`shared-live-${Math.random()}`);
  // Opened first: a query that opens the database may run twice on its first answer.
  await db.open();
  const shared = createSharedLiveQueries(() => Promise.resolve(db));
  const query = vi.fn((d: MotiveDatabase) => d.accounts.count());
  return { db, shared, query };
}

describe('shared live queries', () => {
  it('runs one query for every subscriber of a key, and answers each of them', async () => {
    const { shared, query } = await setUp();
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = shared.subscribe('k', query, first);
    const stopSecond = shared.subscribe('k', query, second);
    await until(() => shared.read('k')?.value === 0);
    expect(query).toHaveBeenCalledTimes(1);
    expect(first).toHaveBeenCalled();
    expect(second).toHaveBeenCalled();
    stopFirst();
    stopSecond();
  });

  it('stops with its last subscriber, and starts afresh for the next one', async () => {
    const { shared, query } = await setUp();
    const stop = shared.subscribe('k', query, () => undefined);
    await until(() => shared.read('k')?.value === 0);
    stop();
    expect(shared.read('k')).toBeUndefined();
    const again = shared.subscribe('k', query, () => undefined);
    await until(() => shared.read('k')?.value === 0);
    expect(query).toHaveBeenCalledTimes(2);
    again();
  });

  it('keeps a failed read as the error of that key, for the views to show', async () => {
    const { shared } = await setUp();
    const stop = shared.subscribe(
      'k',
      () => Promise.reject(new Error('unreadable')),
      () => undefined,
    );
    await until(() => shared.read('k')?.error !== undefined);
    expect(shared.read('k')?.error?.message).toBe('unreadable');
    stop();
  });
});

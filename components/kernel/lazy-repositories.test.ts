import { describe, expect, it } from 'vitest';
import { MotiveDatabase } from '@/lib/db/schema';
import { lazyRepositories } from './lazy-repositories';

describe('lazyRepositories', () => {
  it('behaves like the real repositories once loaded: writes validate and land in the database', async () => {
    const db = new MotiveDatabase(`lazy-${Math.random()}`);
    const repos = lazyRepositories({
      database: () => Promise.resolve(db),
      now: () => new Date('2026-11-22T10:00:00.000Z'),
    });
    const account = await repos.accounts.create({
      name: 'Acme',
      crmKeys: [],
    });
    expect((await db.accounts.get(account.id))?.name).toBe('Acme');
    expect(await db.outbox.count()).toBe(1);
    await expect(repos.accounts.update('missing', { name: 'x' })).rejects.toThrow('No account missing.');
  });

  it('hands the same loaded repositories to every caller', async () => {
    const repos = lazyRepositories({
      database: () => Promise.resolve(new MotiveDatabase(`lazy-${Math.random()}`)),
      now: () => new Date(),
    });
    const [a, b] = await Promise.all([repos.preload(), repos.preload()]);
    expect(a).toBe(b);
  });
});

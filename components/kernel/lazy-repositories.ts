/**
 * Repositories loaded on first use. Why: they validate every write with the zod record
 * schemas, and zod is the largest library the panel would otherwise load up front; the panel
 * reads through Dexie live queries directly, so nothing on screen waits for it. Every
 * repository method already returns a promise, so a lazy stand-in has the same type.
 */
import type { Repositories } from '@/lib/db/repositories';
import type { MotiveDatabase } from '@/lib/db/schema';

type AnyMethod = (...args: unknown[]) => Promise<unknown>;

export function lazyRepositories({
  database,
  now,
}: {
  /** The database, itself loaded on demand (panel-data.tsx). */
  database: () => Promise<MotiveDatabase>;
  now: () => Date;
}): Repositories & { preload: () => Promise<Repositories> } {
  let loading: Promise<Repositories> | undefined;
  const load = () =>
    (loading ??= import('@/lib/domain/zod-setup')
      .then(() => Promise.all([import('@/lib/db/repositories'), database()]))
      .then(([m, db]) => m.createRepositories({ db, now })));
  const collections = new Map<string, object>();
  const collection = (name: string) => {
    let stub = collections.get(name);
    if (!stub) {
      stub = new Proxy(
        {},
        {
          get:
            (_target, method) =>
            async (...args: unknown[]) => {
              const repos = (await load()) as unknown as Record<string, Record<string | symbol, AnyMethod>>;
              return repos[name]![method]!(...args);
            },
        },
      );
      collections.set(name, stub);
    }
    return stub;
  };
  return new Proxy({ preload: load } as unknown as Repositories & { preload: () => Promise<Repositories> }, {
    get: (target, key) =>
      key === 'preload' ? target.preload : typeof key === 'string' ? collection(key) : undefined,
  });
}

import { describe, expect, it } from 'vitest';
import { storeLocationFromEnv } from './store-location';

describe('storeLocationFromEnv', () => {
  it.each([
    [{}, { dataDir: '/d' }],
    [{ DATABASE_URL: '' }, { dataDir: '/d' }],
    [{ DATABASE_URL: 'postgres://x/y' }, { dataDir: '/d', databaseUrl: 'postgres://x/y' }],
    [
      { DATABASE_URL: 'postgres://x/y', DATABASE_PREPARED_STATEMENTS: 'off' },
      { dataDir: '/d', databaseUrl: 'postgres://x/y', preparedStatements: false },
    ],
    [
      { DATABASE_URL: 'postgres://x/y', DATABASE_PREPARED_STATEMENTS: 'on' },
      { dataDir: '/d', databaseUrl: 'postgres://x/y', preparedStatements: true },
    ],
  ])('reads %j', (env, location) => {
    expect(storeLocationFromEnv(env, '/d')).toEqual(location);
  });

  it('refuses a value it does not know, saying which ones it takes', () => {
    expect(() => storeLocationFromEnv({ DATABASE_PREPARED_STATEMENTS: 'no' }, '/d')).toThrow(
      'DATABASE_PREPARED_STATEMENTS: use on or off (off for PgBouncer before 1.21 in transaction mode)',
    );
  });
});

/**
 * Every path that writes an account row gives it the finder's `nameLower` (one builder,
 * local-fields.ts), and the field never leaves the machine in a sync value or a backup.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAccount } from '@/tests/fixtures/db/records';
import { applyPulledChanges } from '../sync/apply-pulled';
import { exportBackup, importBackup } from './backup';
import { BACKUP_FORMAT } from './backup-format';
import { accountNameKey } from './local-fields';
import { createRepositories } from './repositories';
import { MotiveDatabase } from './schema';
import { SYNC_COLLECTIONS } from '../domain/vocabulary';

const NOW = new Date('2026-11-22T12:00:00.000Z');
let db: MotiveDatabase;
beforeEach(async () => {
  db = new MotiveDatabase(`local-fields-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const repos = () => createRepositories({ db, now: () => NOW });
const account = buildAccount({ id: 'a_1', name: 'Société Générale' });

const WRITERS: [string, () => Promise<unknown>][] = [
  ['a repository create', () => repos().accounts.create({ ...account })],
  [
    'a repository rename',
    async () => {
      await repos().accounts.create({ ...account, name: 'Old name' });
      await repos().accounts.update('a_1', { name: 'Société Générale' });
    },
  ],
  [
    'a restore',
    () =>
      importBackup(
        db,
        {
          format: BACKUP_FORMAT,
          version: 1,
          schemaVersion: db.verno,
          exportedAt: NOW.toISOString(),
          data: { ...Object.fromEntries(SYNC_COLLECTIONS.map((c) => [c, []])), accounts: [account] },
        } as Parameters<typeof importBackup>[1],
        NOW,
      ),
  ],
  [
    'a sync pull',
    () =>
      db.transaction('rw', [...Object.keys(db._allTables)], () =>
        applyPulledChanges(db, [
          {
            collection: 'accounts',
            key: 'a_1',
            version: 4,
            op: 'put',
            value: account,
            updatedAt: NOW.toISOString(),
            updatedBy: 'c_other',
          },
        ]),
      ),
  ],
];

describe('the account finder key on every written account row', () => {
  it('is the name lower-cased and accent-folded', () => {
    expect(accountNameKey('Société GÉNÉRALE')).toBe('societe generale');
  });

  it.each(WRITERS)('is set by %s', async (_path, write) => {
    await write();
    expect((await db.accounts.get('a_1'))?.nameLower).toBe('societe generale');
    expect(await db.accounts.where('nameLower').startsWith('soc').primaryKeys()).toEqual(['a_1']);
  });

  it.each([
    ['the sample account', true, ['a_1']],
    ['any other account', false, []],
  ])('marks %s in the sparse sample index or not', async (_which, isSample, ids) => {
    await repos().accounts.create({ ...account, isSample });
    expect(await db.accounts.where('sample').equals(1).primaryKeys()).toEqual(ids);
  });

  it('stays out of outbox values and backups', async () => {
    await repos().accounts.create({ ...account });
    const [entry] = await db.outbox.toArray();
    expect(entry?.value).not.toHaveProperty('nameLower');
    expect((await exportBackup(db, NOW)).data.accounts[0]).not.toHaveProperty('nameLower');
    await db.accounts.update('a_1', { sample: 1 });
    expect((await exportBackup(db, NOW)).data.accounts[0]).not.toHaveProperty('sample');
  });
});

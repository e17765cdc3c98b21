/**
 * The migration harness: a database written by every released schema version (frozen
 * fixture rows) must open with the current schema with nothing lost, and a failing upgrade
 * must stop the open (no silent reset to an empty database).
 */
import Dexie from 'dexie';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepositories } from './repositories';
import { RECORD_SCHEMAS } from './backup-format';
import { FROZEN_STORES, RELEASED_VERSIONS } from './migrations/frozen-stores';
import { MotiveDatabase, SYNCED_TABLES } from './schema';

type Tables = Record<string, Record<string, unknown>[]>;

/**
 * What upgrading from version n to the latest does to n's fixture rows. Version 2 adds the
 * `pageBindings` table; v1's fixture has no global pin, so nothing else changes (the pin's
 * conversion has its own before/after tests in migrations/v2-page-bindings.test.ts).
 * Version 3 gives every account row, tombstones included, its folded name in `nameLower`
 * (migrations/v3-account-name-key.test.ts). Version 4 adds the empty `serverVersions` table
 * (migrations/v4-server-versions.test.ts). Version 5 moves its rows into acknowledgement pages
 * and leaves it empty (migrations/v5-acknowledgement-pages.test.ts; v4's fixture has one).
 */
const withNameKeys = (tables: Tables): Tables => ({
  ...tables,
  accounts: tables.accounts!.map((row) => ({ ...row, nameLower: String(row.name).toLowerCase() })),
});
const EXPECTED_UPGRADES: Record<number, (tables: Tables) => Tables> = {
  1: withNameKeys,
  2: withNameKeys,
  3: (tables) => tables,
  4: ({ serverVersions = [], ...tables }) => ({
    ...tables,
    acknowledgements: [
      {
        last: String(serverVersions.at(-1)!.id),
        ids: serverVersions.map((row) => String(row.id)),
        versions: serverVersions.map((row) => Number(row.version)),
      },
    ],
  }),
  5: (tables) => tables,
};

const LATEST = Math.max(...RELEASED_VERSIONS);
const names: string[] = [];

function fixture(version: number): Tables {
  const file = resolve('tests/fixtures/db', `v${version}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { tables: Tables }).tables;
}

/** Creates a database exactly as schema version `version` left it, filled with `tables`. */
async function seedAtVersion(version: number, tables: Tables): Promise<string> {
  const name = `migration-v${version}-${crypto.randomUUID()}`;
  names.push(name);
  const old = new Dexie(name);
  old.version(version).stores({ ...FROZEN_STORES[version] });
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkPut(rows);
  });
  old.close();
  return name;
}

async function readAll(db: Dexie): Promise<Tables> {
  const entries = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return Object.fromEntries(entries.filter(([, rows]) => rows.length > 0));
}

function schemaOf(db: Dexie) {
  return Object.fromEntries(
    db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src).sort()]]),
  );
}

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('frozen schema versions', () => {
  it('the current schema declares the latest released version, nothing newer and nothing unreleased', () => {
    expect(new MotiveDatabase('never-opened').verno).toBe(LATEST);
  });

  it('the latest version still has exactly its frozen stores (released versions are never edited)', async () => {
    const frozen = new Dexie(`frozen-${crypto.randomUUID()}`);
    frozen.version(LATEST).stores({ ...FROZEN_STORES[LATEST] });
    const current = new MotiveDatabase(`current-${crypto.randomUUID()}`);
    names.push(frozen.name, current.name);
    await Promise.all([frozen.open(), current.open()]);
    expect(schemaOf(current)).toEqual(schemaOf(frozen));
    frozen.close();
    current.close();
  });

  it.each(RELEASED_VERSIONS)('version %i has a fixture and an expected upgrade', (version) => {
    expect(existsSync(resolve('tests/fixtures/db', `v${version}.json`))).toBe(true);
    expect(EXPECTED_UPGRADES[version]).toBeTypeOf('function');
  });
});

describe.each(RELEASED_VERSIONS)('upgrading a version %i database to the latest', (version) => {
  it('keeps every row of every table, tombstones, outbox and sync state included', async () => {
    const rows = fixture(version);
    const name = await seedAtVersion(version, rows);

    const db = new MotiveDatabase(name);
    await db.open();

    expect(db.verno).toBe(LATEST);
    expect(await readAll(db)).toEqual(EXPECTED_UPGRADES[version]!(rows));
    db.close();
  });

  it('leaves synced values valid against the current record schemas', async () => {
    const db = new MotiveDatabase(await seedAtVersion(version, fixture(version)));
    for (const collection of Object.values(SYNCED_TABLES)) {
      for (const row of await db.table(collection).toArray()) {
        const result = RECORD_SCHEMAS[collection].safeParse(row);
        expect(result.success, `${collection} ${JSON.stringify(result.error?.issues)}`).toBe(true);
      }
    }
    db.close();
  });

  it('keeps the data reachable through the repositories (indexes work after the upgrade)', async () => {
    const db = new MotiveDatabase(await seedAtVersion(version, fixture(version)));
    const repos = createRepositories({ db, now: () => new Date('2026-11-22T12:00:00Z') });
    expect((await repos.accounts.all()).map((a) => a.id)).toEqual(['a_m1_fixture']);
    expect(await repos.accounts.byCrmKey('hubspot:company:9001')).toMatchObject({ id: 'a_m1_fixture' });
    expect(await repos.notes.search('calendar')).toHaveLength(1);
    expect(await repos.people.forAccount('a_m1_fixture')).toHaveLength(1);
    db.close();
  });
});

describe('a failed upgrade stops loudly and loses nothing', () => {
  class DatabaseWithBrokenUpgrade extends MotiveDatabase {
    constructor(name: string) {
      super(name);
      this.version(LATEST + 1)
        .stores({})
        .upgrade(() => {
          throw new Error('upgrade step failed');
        });
    }
  }

  it('rejects the open with the upgrade error instead of resetting the database', async () => {
    const rows = fixture(LATEST);
    const name = await seedAtVersion(LATEST, rows);

    await expect(new DatabaseWithBrokenUpgrade(name).open()).rejects.toThrow(/upgrade step failed/);

    const db = new MotiveDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST);
    expect(await readAll(db)).toEqual(rows);
    db.close();
  });

  // Dexie 4 opens a database whose installed version is newer than the declared one (so an
  // older build keeps working during a staged rollout); what matters is that it never
  // downgrades, clears or drops what the newer version wrote.
  it('opens a database written by a newer Motive without wiping or downgrading it', async () => {
    const name = `newer-${crypto.randomUUID()}`;
    names.push(name);
    const newerStores = { ...FROZEN_STORES[LATEST], futureTable: 'id' };
    const newer = new Dexie(name);
    newer.version(LATEST + 1).stores(newerStores);
    await newer.open();
    await newer.table('accounts').put(fixture(LATEST).accounts![0]!);
    await newer.table('futureTable').put({ id: 'kept' });
    newer.close();

    const current = new MotiveDatabase(name);
    await current.open();
    expect(await current.accounts.count()).toBe(1);
    current.close();

    const again = new Dexie(name);
    again.version(LATEST + 1).stores(newerStores);
    await again.open();
    expect(again.verno).toBe(LATEST + 1);
    expect(await again.table('futureTable').get('kept')).toEqual({ id: 'kept' });
    again.close();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { SYNC_COLLECTIONS, type SyncCollection } from '../domain/vocabulary';
import { STATE_KEYS } from '../sync/sync-state';
import { buildNote, FULL_RECORDS } from '@/tests/fixtures/db/records';
import { countReplaced, exportBackup, importBackup, restoreBackupFile, serializeBackup } from './backup';
import { BACKUP_FORMAT, MAX_REPORTED_ERRORS, parseBackup, type Backup } from './backup-format';
import { RELEASED_VERSIONS } from './migrations/frozen-stores';
import { createRepositories } from './repositories';
import { createSampleAccount } from './sample-account';
import { MotiveDatabase } from './schema';
import { putSynced } from './synced-write';

const NOW = new Date('2026-11-22T12:00:00.000Z');
const opened: MotiveDatabase[] = [];

async function freshDb(): Promise<MotiveDatabase> {
  const db = new MotiveDatabase(`backup-${crypto.randomUUID()}`);
  await db.open();
  opened.push(db);
  return db;
}
async function put(db: MotiveDatabase, collection: SyncCollection, value: { id: string }) {
  await putSynced(db, collection, value, { clientTime: NOW.toISOString() });
}
/** Everything observable: every row of every table but the outbox's generated ids. */
async function snapshot(db: MotiveDatabase) {
  const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return Object.fromEntries(tables);
}
function emptyBackup(overrides: Partial<Backup> = {}): Record<string, unknown> {
  const data = Object.fromEntries(SYNC_COLLECTIONS.map((c) => [c, []]));
  return {
    format: BACKUP_FORMAT,
    version: 1,
    schemaVersion: 1,
    exportedAt: NOW.toISOString(),
    data,
    ...overrides,
  };
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('backup round trip', () => {
  it.each(SYNC_COLLECTIONS)(
    'a full %s record survives export → import into an empty database → export',
    async (collection) => {
      const source = await freshDb();
      await put(source, collection, FULL_RECORDS[collection]);
      const exported = await exportBackup(source, NOW);
      const target = await freshDb();

      await importBackup(target, parseOrThrow(serializeBackup(exported)), NOW);

      const again = await exportBackup(target, NOW);
      expect(again).toEqual(exported);
      expect(again.data[collection]).toEqual([FULL_RECORDS[collection]]);
    },
  );

  it('a realistic account (the sample) round-trips losslessly through the file text', async () => {
    const source = await freshDb();
    await createSampleAccount(createRepositories({ db: source, now: () => NOW }), NOW);
    const text = serializeBackup(await exportBackup(source, NOW));
    const target = await freshDb();

    const result = await restoreBackupFile(target, text, NOW);

    expect(result).toMatchObject({ ok: true, counts: { accounts: 1, people: 6 } });
    expect(serializeBackup(await exportBackup(target, NOW))).toBe(text);
  });

  it('leaves tombstones out of the export: deleted records are not data', async () => {
    const db = await freshDb();
    await put(db, 'notes', buildNote({ id: 'n_kept' }));
    await put(db, 'notes', buildNote({ id: 'n_gone' }));
    await db.notes.update('n_gone', { deleted: 1 });
    expect((await exportBackup(db, NOW)).data.notes.map((n) => n.id)).toEqual(['n_kept']);
  });

  it('sends every imported record through the outbox in a profile that has synced', async () => {
    const source = await freshDb();
    for (const c of SYNC_COLLECTIONS) await put(source, c, FULL_RECORDS[c]);
    const target = await freshDb();
    await target.syncState.put({ key: STATE_KEYS.cursor, value: 'c1' });
    await importBackup(target, await exportBackup(source, NOW), NOW);
    const outbox = await target.outbox.toArray();
    expect(outbox.map((e) => e.collection).sort()).toEqual([...SYNC_COLLECTIONS].sort());
    expect(outbox.every((e) => e.op === 'put' && e.value !== undefined)).toBe(true);
  });

  it('bases the outbox entry of a record the server already knows on its server version', async () => {
    const db = await freshDb();
    await put(db, 'accounts', FULL_RECORDS.accounts);
    await db.accounts.update(FULL_RECORDS.accounts.id, { serverVersion: 7 });
    await db.outbox.clear();
    await importBackup(db, await exportBackup(db, NOW), NOW);
    expect((await db.outbox.toArray()).map((e) => e.baseVersion)).toEqual([7]);
    expect((await db.accounts.get(FULL_RECORDS.accounts.id))?.serverVersion).toBe(7);
  });

  it('makes imported notes searchable offline', async () => {
    const source = await freshDb();
    await put(source, 'notes', buildNote({ text: 'Procurement wants exit terms', tags: ['legal'] }));
    const target = await freshDb();
    await importBackup(target, await exportBackup(source, NOW), NOW);
    const repos = createRepositories({ db: target, now: () => NOW });
    expect(await repos.notes.search('exit proc')).toHaveLength(1);
    expect(await repos.notes.search('legal')).toHaveLength(1);
  });

  it('replaces records with the same id and keeps other local records', async () => {
    const db = await freshDb();
    await put(db, 'notes', buildNote({ id: 'n_same', text: 'local version' }));
    await put(db, 'notes', buildNote({ id: 'n_local_only' }));
    const backup = parseOrThrow(
      JSON.stringify(
        emptyBackup({
          data: { ...emptyData(), notes: [buildNote({ id: 'n_same', text: 'backup version' })] },
        }),
      ),
    );
    await importBackup(db, backup, NOW);
    expect((await db.notes.get('n_same'))?.text).toBe('backup version');
    expect(await db.notes.get('n_local_only')).toBeDefined();
  });

  it('counts as replaced only the backup records held here alive (not tombstones, not new ones)', async () => {
    const db = await freshDb();
    await put(db, 'notes', buildNote({ id: 'n_same' }));
    await put(db, 'notes', buildNote({ id: 'n_gone' }));
    await db.notes.update('n_gone', { deleted: 1 });
    await put(db, 'accounts', FULL_RECORDS.accounts);
    const backup = parseOrThrow(
      JSON.stringify(
        emptyBackup({
          data: {
            ...emptyData(),
            accounts: [FULL_RECORDS.accounts] as Backup['data']['accounts'],
            notes: ['n_same', 'n_gone', 'n_new'].map((id) => buildNote({ id })),
          },
        }),
      ),
    );
    expect(await countReplaced(db, backup)).toBe(2);
    expect(await countReplaced(await freshDb(), backup)).toBe(0);
  });
});

describe('broken backup files are rejected with precise errors and change nothing', () => {
  const validNote = buildNote();
  const withData = (data: Record<string, unknown>) =>
    JSON.stringify(emptyBackup({ data: { ...emptyData(), ...data } }));
  it.each([
    [
      'text that is not JSON',
      '{"format": "motive-backup",',
      { field: '(file)', message: /Not valid JSON at line 1, column 28/ },
    ],
    ['a JSON file of another kind', '[1, 2, 3]', { field: 'format', message: /not a Motive backup/ }],
    [
      'a playbook file instead of a backup',
      JSON.stringify({ format: 'motive-playbook', version: 1, entries: [] }),
      { field: 'format', message: /playbook file/ },
    ],
    [
      'another format name',
      JSON.stringify(emptyBackup({ format: 'other' as never })),
      { field: 'format', message: /Expected format "motive-backup"/ },
    ],
    [
      'a newer backup format version',
      JSON.stringify(emptyBackup({ version: 2 as never })),
      { field: 'version', message: /not supported/ },
    ],
    [
      'a newer database schema',
      JSON.stringify(emptyBackup({ schemaVersion: 99 })),
      { field: 'schemaVersion', message: /newer Motive/ },
    ],
    [
      'a missing export time',
      JSON.stringify({ ...emptyBackup(), exportedAt: undefined }),
      { field: 'exportedAt' },
    ],
    [
      'a collection that is not a list',
      withData({ notes: {} }),
      { collection: 'notes', field: 'data.notes', message: /list of records/ },
    ],
    [
      'an unknown collection',
      withData({ secrets: [] }),
      { field: 'data.secrets', message: /Unknown collection/ },
    ],
    [
      'a note without its time',
      withData({ notes: [validNote, { ...validNote, id: 'n_bad', at: undefined }] }),
      { collection: 'notes', index: 1, id: 'n_bad', field: 'at' },
    ],
    [
      'a person with an unknown stance',
      withData({ people: [{ ...FULL_RECORDS.people, stance: 'hostile' }] }),
      { collection: 'people', index: 0, id: 'p_full', field: 'stance' },
    ],
    [
      'evidence with a weight above 1',
      withData({ evidence: [{ ...FULL_RECORDS.evidence, weight: 3 }] }),
      { collection: 'evidence', field: 'weight' },
    ],
    [
      'a show entry without proof',
      withData({ playbook: [{ ...FULL_RECORDS.playbook, proof: undefined }] }),
      { collection: 'playbook', field: 'proof' },
    ],
    [
      'two notes with one id',
      withData({ notes: [validNote, validNote] }),
      { collection: 'notes', index: 1, id: 'n_full', field: 'id', message: /Duplicate/ },
    ],
  ])('%s', async (_title, text, expected) => {
    const db = await freshDb();
    await put(db, 'accounts', FULL_RECORDS.accounts);
    const before = await snapshot(db);

    const result = await restoreBackupFile(db, text, NOW);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    const matcher = Object.fromEntries(
      Object.entries(expected).map(([k, v]) => [k, v instanceof RegExp ? expect.stringMatching(v) : v]),
    );
    expect(result.errors).toContainEqual(expect.objectContaining(matcher));
    expect(await snapshot(db)).toEqual(before);
  });

  it('names every invalid record, not only the first', () => {
    const notes = [0, 1, 2].map((i) => ({ ...buildNote({ id: `n_${i}` }), kind: 'fax' }));
    const result = parseBackup(JSON.stringify(emptyBackup({ data: { ...emptyData(), notes } as never })), 1);
    expect(result.ok || result.errors.map((e) => e.id)).toEqual(['n_0', 'n_1', 'n_2']);
  });

  it(`stops listing after ${MAX_REPORTED_ERRORS} problems`, () => {
    const notes = Array.from({ length: 300 }, (_, i) => ({ id: `n_${i}` }));
    const result = parseBackup(JSON.stringify(emptyBackup({ data: { ...emptyData(), notes } as never })), 1);
    expect(result.ok || result.errors.length).toBe(MAX_REPORTED_ERRORS);
  });

  it('writes all or nothing: a failure part-way through the import rolls every write back', async () => {
    const source = await freshDb();
    for (const c of SYNC_COLLECTIONS) await put(source, c, FULL_RECORDS[c]);
    const backup = await exportBackup(source, NOW);
    const target = await freshDb();
    target.conflicts.hook('creating', () => {
      throw new Error('disk full');
    });

    await expect(importBackup(target, backup, NOW)).rejects.toThrow(/disk full/);

    for (const table of target.tables) expect(await table.count()).toBe(0);
  });
});

function emptyData() {
  return Object.fromEntries(SYNC_COLLECTIONS.map((c) => [c, []])) as unknown as Backup['data'];
}

function parseOrThrow(text: string): Backup {
  // Read as the current database would (exports carry its schema version).
  const result = parseBackup(text, Math.max(...RELEASED_VERSIONS));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.backup;
}

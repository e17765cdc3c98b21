/**
 * Restore into a profile that never synced writes no outbox entry per record; the first sync
 * queues them (nothing restored is lost to sync). A profile that has synced still queues at
 * once. Hand-written.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildNote, FULL_RECORDS } from '@/tests/fixtures/db/records';
import { SYNC_COLLECTIONS, type SyncCollection } from '../domain/vocabulary';
import { STATE_KEYS } from '../sync/sync-state';
import { exportBackup, importBackup } from './backup';
import { DEFERRED_RESTORE_KEY, queueDeferredRestore } from './backup-deferred-queue';
import { MotiveDatabase } from './schema';
import { deleteSynced, putSynced } from './synced-write';

const NOW = new Date('2026-11-22T12:00:00.000Z');
const LATER = { clientTime: '2026-11-22T13:00:00.000Z' };
const opened: MotiveDatabase[] = [];

async function freshDb(): Promise<MotiveDatabase> {
  const db = new MotiveDatabase(`deferred-${crypto.randomUUID()}`);
  await db.open();
  opened.push(db);
  return db;
}

/** A backup holding one full record of every collection. */
async function fullBackup() {
  const source = await freshDb();
  for (const c of SYNC_COLLECTIONS) {
    const value = FULL_RECORDS[c];
    await putSynced(source, c, value, { clientTime: NOW.toISOString() });
  }
  return exportBackup(source, NOW);
}

const keysOf = async (db: MotiveDatabase) =>
  (await db.outbox.toArray()).map((e) => `${e.collection}:${e.key}`).sort();
const allKeys = SYNC_COLLECTIONS.map((c: SyncCollection) => `${c}:${FULL_RECORDS[c].id}`).sort();

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('restore and the outbox', () => {
  it('writes every record but no outbox entry in a profile that has never synced', async () => {
    const db = await freshDb();
    await importBackup(db, await fullBackup(), NOW);
    expect(await db.outbox.count()).toBe(0);
    for (const c of SYNC_COLLECTIONS) expect(await db.table(c).get(FULL_RECORDS[c].id)).toBeDefined();
    expect(await db.syncState.get(DEFERRED_RESTORE_KEY)).toBeDefined();
  });

  it('defers too when sync is configured but has not completed yet (cursor reset to null)', async () => {
    const db = await freshDb();
    await db.syncState.put({ key: STATE_KEYS.cursor, value: null });
    await importBackup(db, await fullBackup(), NOW);
    expect(await db.outbox.count()).toBe(0);
  });

  it('still writes one outbox entry per record in a profile that has synced', async () => {
    const db = await freshDb();
    await db.syncState.put({ key: STATE_KEYS.cursor, value: 'c1' });
    await importBackup(db, await fullBackup(), NOW);
    expect(await keysOf(db)).toEqual(allKeys);
    expect(await db.syncState.get(DEFERRED_RESTORE_KEY)).toBeUndefined();
  });

  it('queues every restored record at the first sync, with its whole value, and forgets the list', async () => {
    const db = await freshDb();
    const backup = await fullBackup();
    await importBackup(db, backup, NOW);
    expect(await queueDeferredRestore(db)).toBe(SYNC_COLLECTIONS.length);
    const entries = await db.outbox.toArray();
    expect(entries.map((e) => `${e.collection}:${e.key}`).sort()).toEqual(allKeys);
    for (const entry of entries) {
      expect(entry).toMatchObject({ op: 'put', baseVersion: null, clientTime: NOW.toISOString() });
      expect(entry.value).toEqual(backup.data[entry.collection].find((r) => r.id === entry.key));
    }
    expect(await db.syncState.get(DEFERRED_RESTORE_KEY)).toBeUndefined();
    expect(await queueDeferredRestore(db)).toBe(0);
  });

  it('leaves records edited or deleted since the restore to their own outbox entries', async () => {
    const db = await freshDb();
    const edited = buildNote({ id: 'n_edited', text: 'backup text' });
    const backup = await fullBackup();
    backup.data.notes.push(edited, buildNote({ id: 'n_gone' }));
    await importBackup(db, backup, NOW);
    await putSynced(db, 'notes', { ...edited, text: 'edited after the restore' }, LATER);
    await deleteSynced(db, 'notes', 'n_gone', LATER);

    await queueDeferredRestore(db);
    const notes = (await db.outbox.toArray()).filter((e) => e.collection === 'notes');
    expect(notes.map((e) => [e.key, e.op, e.value?.text])).toEqual([
      ['n_edited', 'put', 'edited after the restore'],
      ['n_gone', 'delete', undefined],
      [FULL_RECORDS.notes.id, 'put', (FULL_RECORDS.notes as unknown as { text: string }).text],
    ]);
  });
});

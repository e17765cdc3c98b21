import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPlaybookEntry } from '@/tests/fixtures/db/records';
import { importTeamPlaybook, listTeamPlaybook } from './backup-playbook';
import { MotiveDatabase } from './schema';
import { putSynced } from './synced-write';

const NOW = new Date('2026-11-22T12:00:00.000Z');
let db: MotiveDatabase;
beforeEach(async () => {
  db = new MotiveDatabase(`playbook-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('importTeamPlaybook', () => {
  it('adds new entries and replaces entries with the same id, keeping the others', async () => {
    await importTeamPlaybook(
      db,
      [buildPlaybookEntry({ id: 'pb_a', title: 'old' }), buildPlaybookEntry({ id: 'pb_keep' })],
      NOW,
    );

    const summary = await importTeamPlaybook(
      db,
      [buildPlaybookEntry({ id: 'pb_a', title: 'new' }), buildPlaybookEntry({ id: 'pb_b' })],
      NOW,
    );

    expect(summary).toEqual({ added: 1, updated: 1 });
    expect((await listTeamPlaybook(db)).map((e) => [e.id, e.title])).toEqual([
      ['pb_a', 'new'],
      ['pb_b', 'Reference call'],
      ['pb_keep', 'Reference call'],
    ]);
  });

  it('stores imported entries as team entries and queues each one for sync', async () => {
    await importTeamPlaybook(db, [buildPlaybookEntry({ id: 'pb_x', origin: 'default' })], NOW);
    expect((await db.playbook.get('pb_x'))?.origin).toBe('team');
    const outbox = await db.outbox.toArray();
    expect(outbox).toEqual([expect.objectContaining({ collection: 'playbook', key: 'pb_x', op: 'put' })]);
    expect(outbox[0]?.value).not.toHaveProperty('serverVersion');
  });

  it('imports all or nothing: a failing write rolls the whole file back', async () => {
    db.playbook.hook('creating', (key) => {
      if (key === 'pb_3') throw new Error('quota exceeded');
    });
    const entries = [1, 2, 3].map((i) => buildPlaybookEntry({ id: `pb_${i}` }));
    await expect(importTeamPlaybook(db, entries, NOW)).rejects.toThrow(/quota/);
    expect(await db.playbook.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('listTeamPlaybook', () => {
  it('lists live team entries only: not default entries, not deleted ones, without local fields', async () => {
    const clientTime = NOW.toISOString();
    await putSynced(db, 'playbook', buildPlaybookEntry({ id: 'pb_default', origin: 'default' }), {
      clientTime,
    });
    await putSynced(db, 'playbook', buildPlaybookEntry({ id: 'pb_deleted' }), { clientTime });
    await db.playbook.update('pb_deleted', { deleted: 1 });
    await putSynced(db, 'playbook', buildPlaybookEntry({ id: 'pb_team' }), { clientTime });
    expect(await listTeamPlaybook(db)).toEqual([buildPlaybookEntry({ id: 'pb_team' })]);
  });
});

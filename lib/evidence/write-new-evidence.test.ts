import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRepositories } from '@/lib/db/repositories';
import { MotiveDatabase } from '@/lib/db/schema';
import * as syncedWrite from '@/lib/db/synced-write';
import type { NewEvidence } from './suggested-evidence';
import { writeNewEvidence } from './write-new-evidence';

const AT = '2026-11-22T10:00:00.000Z';
const now = () => new Date(AT);
let db: MotiveDatabase;
let accountId: string;

const row = (id: string, over: Partial<NewEvidence> = {}): NewEvidence => ({
  id,
  accountId,
  motivation: 'relief',
  source: 'caption',
  side: 'buyer',
  quote: `quote ${id}`,
  at: AT,
  status: 'suggested',
  weight: 0.7,
  ...over,
});

beforeEach(async () => {
  db = new MotiveDatabase(`write-${crypto.randomUUID()}`);
  await db.open();
  accountId = (await createRepositories({ db, now }).accounts.create({ name: 'Acme', crmKeys: [] })).id;
});
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

describe('writeNewEvidence', () => {
  it('writes new rows in one batch, each with its outbox entry', async () => {
    const batch = vi.spyOn(syncedWrite, 'putSyncedMany');
    const outboxBefore = await db.outbox.count();
    expect(await writeNewEvidence(db, [row('e1'), row('e2'), row('e3')], now)).toBe(3);
    expect(batch).toHaveBeenCalledTimes(1);
    expect(await db.outbox.count()).toBe(outboxBefore + 3);
  });

  it('adds nothing for stored ids and never overwrites the rep’s judgement', async () => {
    await writeNewEvidence(db, [row('e1')], now);
    await db.evidence.update('e1', { status: 'confirmed' });
    expect(await writeNewEvidence(db, [row('e1'), row('e1'), row('e2')], now)).toBe(1);
    expect((await db.evidence.get('e1'))?.status).toBe('confirmed');
  });

  it('writes nothing when one row is invalid', async () => {
    await expect(writeNewEvidence(db, [row('e1'), row('e2', { weight: 7 })], now)).rejects.toThrow();
    expect(await db.evidence.count()).toBe(0);
  });
});

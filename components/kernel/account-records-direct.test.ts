import { describe, expect, it } from 'vitest';
import {
  MotiveDatabase,
  type AccountRow,
  type DiagnosisRow,
  type EvidenceRow,
  type PersonRow,
} from '@/lib/db/schema';
import { readAccountRecords } from './account-records';
import { readAccountRecordsDirect } from './account-records-direct';

const uniqueName = () => `direct-${Math.random().toString(36).slice(2)}`;

// Only the fields the readers look at matter here; the rows are written as stored.
const account = (id: string, deleted: 0 | 1 = 0) =>
  ({ id, name: `Account ${id}`, deleted }) as unknown as AccountRow;
const person = (id: string, accountId: string, name: string, deleted: 0 | 1 = 0) =>
  ({ id, accountId, name, email: `${id}@x.com`, deleted }) as unknown as PersonRow;
const evidence = (id: string, accountId: string, at: string, deleted: 0 | 1 = 0) =>
  ({ id, accountId, at, status: 'confirmed', personId: null, deleted }) as unknown as EvidenceRow;
const snapshot = (id: string, accountId: string, at: string, deleted: 0 | 1 = 0) =>
  ({ id, accountId, at, deleted }) as unknown as DiagnosisRow;

async function seeded(name: string) {
  const db = new MotiveDatabase(name);
  await db.accounts.bulkPut([account('a1'), account('a2'), account('gone', 1)]);
  await db.people.bulkPut([
    person('p3', 'a1', 'Zoe'),
    person('p1', 'a1', 'Ada'),
    person('p2', 'a1', 'Mo', 1),
    person('p4', 'a2', 'Other'),
    person('p5', 'a1', 'ada lower'),
  ]);
  await db.evidence.bulkPut([
    evidence('e2', 'a1', '2026-11-20T10:00:00.000Z'),
    evidence('e1', 'a1', '2026-11-02T10:00:00.000Z'),
    evidence('e3', 'a1', '2026-11-21T10:00:00.000Z', 1),
    evidence('e4', 'a2', '2026-11-01T10:00:00.000Z'),
  ]);
  await db.diagnoses.bulkPut([
    snapshot('d2', 'a1', '2026-11-10T00:00:00.000Z'),
    snapshot('d1', 'a1', '2026-10-01T00:00:00.000Z'),
    snapshot('d3', 'a1', '2026-11-11T00:00:00.000Z', 1),
    snapshot('d4', 'a10', '2026-11-11T00:00:00.000Z'),
  ]);
  return db;
}

describe('readAccountRecordsDirect', () => {
  it('answers exactly what the Dexie read answers: live rows of that account, in the same order', async () => {
    const name = uniqueName();
    const db = await seeded(name);
    const viaDexie = await readAccountRecords(db, 'a1');
    db.close();
    const direct = await readAccountRecordsDirect('a1', name);
    expect(direct).toEqual(viaDexie);
    expect(direct?.people.map((p) => p.name)).toEqual(['Ada', 'Zoe', 'ada lower']);
    expect(direct?.evidence.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(direct?.snapshots.map((d) => d.id)).toEqual(['d1', 'd2']);
  });

  it('answers null for an account that is missing or deleted', async () => {
    const name = uniqueName();
    (await seeded(name)).close();
    expect(await readAccountRecordsDirect('nobody', name)).toBeNull();
    expect(await readAccountRecordsDirect('gone', name)).toBeNull();
  });

  it('answers undefined, and creates nothing, when there is no database yet', async () => {
    const name = uniqueName();
    expect(await readAccountRecordsDirect('a1', name)).toBeUndefined();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(name);
    // Dexie then creates it as usual.
    const db = new MotiveDatabase(name);
    await db.accounts.put(account('a1'));
    expect((await readAccountRecords(db, 'a1'))?.account.id).toBe('a1');
    db.close();
  });

  it('answers undefined for a database without the expected stores', async () => {
    const name = uniqueName();
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore('accounts', { keyPath: 'id' });
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error ?? new Error('open failed'));
    });
    expect(await readAccountRecordsDirect('a1', name)).toBeUndefined();
  });

  it('closes its connection, so a later schema upgrade is never blocked by it', async () => {
    const name = uniqueName();
    (await seeded(name)).close();
    await readAccountRecordsDirect('a1', name);
    const blocked = await new Promise<boolean>((resolve) => {
      const req = indexedDB.open(name, 9_999);
      req.onblocked = () => resolve(true);
      req.onsuccess = () => {
        req.result.close();
        resolve(false);
      };
    });
    expect(blocked).toBe(false);
  });

  it('answers undefined where IndexedDB refuses to open', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    expect(await readAccountRecordsDirect('a1', 'x', refusing)).toBeUndefined();
  });
});

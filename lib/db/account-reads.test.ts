import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  diagnosesOfAccount,
  evidenceOfAccount,
  evidenceOfAccountByTime,
  notesOfAccount,
  peopleOfAccount,
  peopleOfAccountByName,
} from './account-reads';
import type { DiagnosisRow, EvidenceRow, NoteRow, PersonRow } from './schema';
import { MotiveDatabase } from './schema';

let db: MotiveDatabase;
beforeEach(async () => {
  db = new MotiveDatabase(`account-reads-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

// Only the fields the reads look at matter; rows are written as stored (tombstones included).
const row = <T>(id: string, accountId: string, extra: Record<string, unknown>, deleted: 0 | 1 = 0) =>
  ({ id, accountId, deleted, ...extra }) as unknown as T;
const person = (id: string, accountId: string, name: string, deleted: 0 | 1 = 0) =>
  row<PersonRow>(id, accountId, { name }, deleted);
const timed = <T>(id: string, accountId: string, at: string, deleted: 0 | 1 = 0) =>
  row<T>(id, accountId, { at }, deleted);

describe('one account’s rows, read with one getAll each', () => {
  it('people: live ones of that account only, by id, or by name (code-unit order, as IndexedDB sorts)', async () => {
    await db.people.bulkPut([
      person('p3', 'a1', 'Zoe'),
      person('p1', 'a1', 'ada'),
      person('p2', 'a1', 'Mo', 1),
      person('p4', 'a10', 'Other'),
      person('p5', 'a1', 'Ada'),
    ]);
    expect((await peopleOfAccount(db, 'a1')).map((p) => p.id)).toEqual(['p1', 'p3', 'p5']);
    expect((await peopleOfAccountByName(db, 'a1')).map((p) => p.name)).toEqual(['Ada', 'Zoe', 'ada']);
  });

  it('notes: live ones of that account only, newest first (same time: the larger id first)', async () => {
    await db.notes.bulkPut([
      timed<NoteRow>('n1', 'a1', '2026-11-01T10:00:00.000Z'),
      timed<NoteRow>('n3', 'a1', '2026-11-21T10:00:00.000Z'),
      timed<NoteRow>('n2', 'a1', '2026-11-21T10:00:00.000Z'),
      timed<NoteRow>('gone', 'a1', '2026-11-22T10:00:00.000Z', 1),
      timed<NoteRow>('other', 'a10', '2026-11-23T10:00:00.000Z'),
    ]);
    expect((await notesOfAccount(db, 'a1')).map((n) => n.id)).toEqual(['n3', 'n2', 'n1']);
  });

  it('evidence: live ones of that account only, by id, or oldest first', async () => {
    await db.evidence.bulkPut([
      timed<EvidenceRow>('e2', 'a1', '2026-11-02T10:00:00.000Z'),
      timed<EvidenceRow>('e1', 'a1', '2026-11-20T10:00:00.000Z'),
      timed<EvidenceRow>('e3', 'a1', '2026-11-01T10:00:00.000Z', 1),
      timed<EvidenceRow>('e4', 'a2', '2026-11-01T10:00:00.000Z'),
    ]);
    expect((await evidenceOfAccount(db, 'a1')).map((e) => e.id)).toEqual(['e1', 'e2']);
    expect((await evidenceOfAccountByTime(db, 'a1')).map((e) => e.id)).toEqual(['e2', 'e1']);
  });

  it('diagnoses: live snapshots of that account only, oldest first', async () => {
    await db.diagnoses.bulkPut([
      timed<DiagnosisRow>('d2', 'a1', '2026-11-10T00:00:00.000Z'),
      timed<DiagnosisRow>('d1', 'a1', '2026-10-01T00:00:00.000Z'),
      timed<DiagnosisRow>('d3', 'a1', '2026-11-11T00:00:00.000Z', 1),
      timed<DiagnosisRow>('d4', 'a10', '2026-11-11T00:00:00.000Z'),
    ]);
    expect((await diagnosesOfAccount(db, 'a1')).map((d) => d.id)).toEqual(['d1', 'd2']);
  });

  it('an account with no rows answers empty lists', async () => {
    expect(await peopleOfAccountByName(db, 'none')).toEqual([]);
    expect(await notesOfAccount(db, 'none')).toEqual([]);
    expect(await evidenceOfAccountByTime(db, 'none')).toEqual([]);
    expect(await diagnosesOfAccount(db, 'none')).toEqual([]);
  });
});

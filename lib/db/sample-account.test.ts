import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDiscoveryQuestion } from '../domain/movement/discovery-questions';
import { getSignal } from '../domain/motivations/catalogue';
import { accountSchema, evidenceSchema, noteSchema, personSchema } from '../domain/records';
import { createRepositories, type Repositories } from './repositories';
import { createSampleAccount, removeSampleData } from './sample-account';
import { MotiveDatabase } from './schema';
import { putSyncedMany } from './synced-write';

const NOW = new Date('2026-11-22T12:00:00.000Z');
let db: MotiveDatabase;
let repos: Repositories;

beforeEach(async () => {
  db = new MotiveDatabase(`sample-${crypto.randomUUID()}`);
  await db.open();
  repos = createRepositories({ db, now: () => NOW });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('createSampleAccount', () => {
  it('creates one account clearly marked as sample, with stage, motion and segment set', async () => {
    const account = await createSampleAccount(repos, NOW);
    expect(account.isSample).toBe(true);
    expect(account.name).toMatch(/sample/i);
    expect(account.motion).toBe('sales-assisted');
    expect(account.segment.purchaseComplexity).toBe('committee');
    expect(accountSchema.parse(account)).toEqual(account);
  });

  it('uses only signal and discovery-question ids the catalogue knows, so every panel view can show them', async () => {
    const account = await createSampleAccount(repos, NOW);
    const evidence = await repos.evidence.forAccount(account.id);
    const signalIds = [
      ...account.tickedSignals,
      ...evidence.flatMap((e) => (e.signalId ? [e.signalId] : [])),
    ];
    expect(signalIds.length).toBeGreaterThan(3);
    for (const id of signalIds) expect(getSignal(id), id).toBeDefined();
    for (const id of Object.keys(account.discovery)) expect(getDiscoveryQuestion(id), id).toBeDefined();
  });

  it('maps a committee of 5–7 valid stakeholders with resolvable reports-to lines and a quiet blocker', async () => {
    const account = await createSampleAccount(repos, NOW);
    const people = await repos.people.forAccount(account.id);
    expect(people.length).toBeGreaterThanOrEqual(5);
    expect(people.length).toBeLessThanOrEqual(7);
    const ids = new Set(people.map((p) => p.id));
    for (const person of people) {
      expect(() => personSchema.parse(person)).not.toThrow();
      if (person.reportsTo) expect(ids.has(person.reportsTo)).toBe(true);
    }
    expect(people.some((p) => p.presence.meetings >= 3 && p.presence.spoke === 0)).toBe(true);
    expect(people.some((p) => p.roles.includes('economic-buyer'))).toBe(true);
    expect(people.some((p) => p.roles.includes('champion'))).toBe(true);
  });

  it('adds notes, confirmed and suggested evidence with quotes, and diagnosis snapshots that move', async () => {
    const account = await createSampleAccount(repos, NOW);
    const notes = await repos.notes.forAccount(account.id);
    const evidence = await repos.evidence.forAccount(account.id);
    const diagnoses = await repos.diagnoses.forAccount(account.id);
    expect(notes.length).toBeGreaterThanOrEqual(4);
    notes.forEach((n) => expect(() => noteSchema.parse(n)).not.toThrow());
    expect(evidence.filter((e) => e.status === 'confirmed' && e.quote).length).toBeGreaterThanOrEqual(3);
    expect(evidence.filter((e) => e.status === 'suggested' && e.quote).length).toBeGreaterThanOrEqual(2);
    evidence.forEach((e) => expect(() => evidenceSchema.parse(e)).not.toThrow());
    expect(diagnoses.length).toBeGreaterThanOrEqual(2);
    const evidenceIds = new Set(evidence.map((e) => e.id));
    diagnoses.flatMap((d) => d.evidenceIds).forEach((id) => expect(evidenceIds.has(id)).toBe(true));
    const top = (scores: Record<string, number>) =>
      Object.entries(scores).sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(top(diagnoses[0]!.scores)).toBe('relief');
    expect(top(diagnoses.at(-1)!.scores)).toBe('risk');
  });

  it('dates everything before now so the sample always looks recent', async () => {
    const account = await createSampleAccount(repos, NOW);
    const notes = await repos.notes.forAccount(account.id);
    for (const note of notes) expect(note.at < NOW.toISOString()).toBe(true);
    expect(notes.some((n) => NOW.getTime() - Date.parse(n.at) < 7 * 86_400_000)).toBe(true);
  });

  it('is idempotent: a second call returns the existing sample instead of a duplicate', async () => {
    const first = await createSampleAccount(repos, NOW);
    const second = await createSampleAccount(repos, NOW);
    expect(second.id).toBe(first.id);
    expect((await repos.accounts.all()).filter((a) => a.isSample)).toHaveLength(1);
  });

  it('stays on this machine: nothing of the sample is queued for sync, even after edits', async () => {
    const account = await createSampleAccount(repos, NOW);
    await repos.accounts.update(account.id, { stage: 'evaluation' });
    const [person] = await repos.people.forAccount(account.id);
    await repos.people.update(person!.id, { stance: 'champion' });
    await repos.notes.create({
      accountId: account.id,
      kind: 'call',
      text: 'tried the sample',
      at: NOW.toISOString(),
    } as never);
    expect(await db.outbox.count()).toBe(0);
  });

  it('stays local when restored in bulk too, while real records in the same batch are queued', async () => {
    const sample = await createSampleAccount(repos, NOW);
    const notes = [
      {
        id: 'n_s',
        accountId: sample.id,
        kind: 'call',
        text: 's',
        at: NOW.toISOString(),
        personIds: [],
        tags: [],
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
      },
      {
        id: 'n_r',
        accountId: 'a_real',
        kind: 'call',
        text: 'r',
        at: NOW.toISOString(),
        personIds: [],
        tags: [],
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
      },
    ];
    await putSyncedMany(db, 'notes', notes, { clientTime: NOW.toISOString() });
    expect((await db.outbox.toArray()).map((e) => e.key)).toEqual(['n_r']);
  });

  it('still queues real accounts written beside it', async () => {
    await createSampleAccount(repos, NOW);
    const real = await repos.accounts.create({ name: 'Real Co', crmKeys: [] });
    await repos.notes.create({
      accountId: real.id,
      kind: 'call',
      text: 'real',
      at: NOW.toISOString(),
    } as never);
    expect((await db.outbox.toArray()).map((e) => e.key)).toEqual([real.id, expect.stringMatching(/^n_/)]);
  });
});

describe('removeSampleData', () => {
  it('removes the sample account and everything attached, leaving real accounts untouched', async () => {
    const real = await repos.accounts.create({ name: 'Real Co', crmKeys: [] });
    await repos.notes.create({
      accountId: real.id,
      kind: 'call',
      text: 'real note',
      at: NOW.toISOString(),
    } as never);
    const sample = await createSampleAccount(repos, NOW);

    const removed = await removeSampleData(db, NOW);

    expect(removed.accounts).toBe(1);
    expect(removed.records).toBeGreaterThan(15);
    expect((await repos.accounts.all()).map((a) => a.id)).toEqual([real.id]);
    expect(await repos.people.forAccount(sample.id)).toEqual([]);
    expect(await repos.notes.forAccount(sample.id)).toEqual([]);
    expect(await repos.evidence.forAccount(sample.id)).toEqual([]);
    expect(await repos.diagnoses.forAccount(sample.id)).toEqual([]);
    expect(await repos.notes.forAccount(real.id)).toHaveLength(1);
  });

  it('deletes the rows outright and queues nothing, since the sample never synced', async () => {
    const sample = await createSampleAccount(repos, NOW);
    await removeSampleData(db, NOW);
    expect(await db.accounts.get(sample.id)).toBeUndefined();
    expect(await db.people.where('accountId').equals(sample.id).count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('does nothing when there is no sample', async () => {
    expect(await removeSampleData(db, NOW)).toEqual({ accounts: 0, records: 0 });
    expect(await db.outbox.count()).toBe(0);
  });
});

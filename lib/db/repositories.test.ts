import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepositories, type Repositories } from './repositories';
import { MotiveDatabase } from './schema';

let db: MotiveDatabase;
let repos: Repositories;
let clock = new Date('2026-11-22T09:00:00.000Z');

beforeEach(async () => {
  db = new MotiveDatabase(`repos-${crypto.randomUUID()}`);
  await db.open();
  clock = new Date('2026-11-22T09:00:00.000Z');
  repos = createRepositories({ db, now: () => clock });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const account = () =>
  repos.accounts.create({
    name: 'Acme Logistics',
    domain: 'acme.com',
    crmKeys: ['salesforce:Account:001A'],
  });

describe('accounts', () => {
  it('creates a validated account with ids and timestamps from the injected clock', async () => {
    const created = await account();
    expect(created.id).toMatch(/^a_/);
    expect(created.createdAt).toBe('2026-11-22T09:00:00.000Z');
    expect(await repos.accounts.byCrmKey('salesforce:Account:001A')).toMatchObject({ id: created.id });
    expect(await repos.accounts.byDomain('ACME.com')).toMatchObject({ id: created.id });
    expect(await db.outbox.count()).toBe(1);
  });

  it('rejects an invalid account and writes nothing', async () => {
    await expect(
      repos.accounts.create({
        name: '',
        crmKeys: [],
      }),
    ).rejects.toThrow();
    expect(await db.accounts.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('hides deleted accounts from every read', async () => {
    const created = await account();
    await repos.accounts.remove(created.id);
    expect(await repos.accounts.get(created.id)).toBeUndefined();
    expect(await repos.accounts.byDomain('acme.com')).toBeUndefined();
    expect(await repos.accounts.all()).toEqual([]);
  });

  it('updates with a new updatedAt and keeps createdAt', async () => {
    const created = await account();
    clock = new Date('2026-11-23T09:00:00.000Z');
    const updated = await repos.accounts.update(created.id, { stage: 'proposal' });
    expect(updated).toMatchObject({
      stage: 'proposal',
      createdAt: created.createdAt,
      updatedAt: '2026-11-23T09:00:00.000Z',
    });
  });
});

describe('updates built on the stored record', () => {
  it('keeps every one of several quick edits when each builds on the stored value', async () => {
    const created = await account();
    await Promise.all(
      ['relief.a', 'risk.b', 'growth.c'].map((id) =>
        repos.accounts.update(created.id, (current) => ({ tickedSignals: [...current.tickedSignals, id] })),
      ),
    );
    expect((await repos.accounts.get(created.id))?.tickedSignals.sort()).toEqual([
      'growth.c',
      'relief.a',
      'risk.b',
    ]);
    expect(await db.outbox.count()).toBe(4);
  });

  it('rejects a patch that makes the record invalid, changing nothing', async () => {
    const created = await account();
    await expect(repos.accounts.update(created.id, () => ({ name: '' }))).rejects.toThrow();
    expect((await repos.accounts.get(created.id))?.name).toBe('Acme Logistics');
    expect(await db.outbox.count()).toBe(1);
  });
  it('a note edited while it is deleted stays deleted (read and write in one transaction)', async () => {
    const a = await account();
    const note = await repos.notes.create({
      accountId: a.id,
      kind: 'call',
      text: 'Renewal is in March.',
      at: '2026-11-22T09:00:00.000Z',
      tags: [],
    });
    await Promise.allSettled([
      repos.notes.update(note.id, { text: 'Renewal moved to April.' }),
      repos.notes.remove(note.id),
    ]);
    expect((await db.notes.get(note.id))?.deleted).toBe(1);
  });

  it('a quote confirmed while it is removed stays removed (read and write in one transaction)', async () => {
    const a = await account();
    const e = await repos.evidence.create({
      accountId: a.id,
      motivation: 'risk',
      source: 'caption',
      quote: 'we cannot afford another outage',
      at: '2026-11-22T09:00:00.000Z',
      status: 'suggested',
      weight: 0.7,
    });
    await Promise.allSettled([repos.evidence.setStatus(e.id, 'confirmed'), repos.evidence.remove(e.id)]);
    expect((await db.evidence.get(e.id))?.deleted).toBe(1);
  });
});

describe('notes search', () => {
  it.each([
    ['a whole word', 'renewal', ['n1']],
    ['a word prefix', 'renew', ['n1']],
    ['any case and accents', 'CAFÉ', ['n2']],
    ['every word of the query', 'budget cfo', ['n3']],
    ['tags as words', 'procurement', ['n2']],
    ['nothing for an empty query', '  ', []],
    ['nothing for an unknown word', 'zebra', []],
  ])('finds notes by %s', async (_title, query, expected) => {
    const a = await account();
    await repos.notes.create({
      id: 'n1',
      accountId: a.id,
      kind: 'call',
      text: 'Renewal is in March.',
      at: '2026-11-20T10:00:00.000Z',
      personIds: [],
      tags: [],
    });
    await repos.notes.create({
      id: 'n2',
      accountId: a.id,
      kind: 'meeting',
      text: 'Met at the café',
      at: '2026-11-21T10:00:00.000Z',
      personIds: [],
      tags: ['procurement'],
    });
    await repos.notes.create({
      id: 'n3',
      accountId: a.id,
      kind: 'email',
      text: 'Budget owner is the CFO',
      at: '2026-11-22T10:00:00.000Z',
      personIds: [],
      tags: [],
    });
    const found = await repos.notes.search(query);
    expect(found.map((n) => n.id)).toEqual(expected);
  });

  it('lists an account’s notes newest first, without deleted ones', async () => {
    const a = await account();
    await repos.notes.create({
      id: 'old',
      accountId: a.id,
      kind: 'call',
      text: 'old',
      at: '2026-11-01T10:00:00.000Z',
      personIds: [],
      tags: [],
    });
    await repos.notes.create({
      id: 'new',
      accountId: a.id,
      kind: 'call',
      text: 'new',
      at: '2026-11-21T10:00:00.000Z',
      personIds: [],
      tags: [],
    });
    await repos.notes.create({
      id: 'gone',
      accountId: a.id,
      kind: 'call',
      text: 'gone',
      at: '2026-11-22T10:00:00.000Z',
      personIds: [],
      tags: [],
    });
    await repos.notes.remove('gone');
    expect((await repos.notes.forAccount(a.id)).map((n) => n.id)).toEqual(['new', 'old']);
  });
});

describe('evidence', () => {
  it('changes status through the outbox', async () => {
    const a = await account();
    const e = await repos.evidence.create({
      accountId: a.id,
      motivation: 'risk',
      source: 'caption',
      quote: 'we cannot afford another outage',
      at: '2026-11-22T09:00:00.000Z',
      status: 'suggested',
      weight: 0.7,
    });
    await repos.evidence.setStatus(e.id, 'confirmed');
    expect((await repos.evidence.forAccount(a.id))[0]?.status).toBe('confirmed');
    expect(await db.outbox.count()).toBe(3);
  });
});

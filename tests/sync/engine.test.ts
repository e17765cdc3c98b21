/**
 * The client engine against the real server handler, in memory: push and pull in one
 * request, no re-queuing of pulled changes, conflicts resolved per collection, and
 * resumable after lost responses and killed workers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountRow } from '../../lib/db/schema';
import { CONFLICT_MARKERS } from '../../lib/sync/text-merge';
import { STATE_KEYS } from '../../lib/sync/sync-state';
import type { FetchLike } from '../../lib/sync/transport';
import { createTestClient, fetchFrom, steppingClock, type TestClient } from './support/test-client';
import { startTestServer, type TestServer } from './support/test-server';

describe('sync engine against the reference server', () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  const clock = steppingClock();
  beforeAll(async () => {
    server = await startTestServer('pglite');
  });
  afterAll(async () => {
    for (const c of clients) await c.close();
    await server.close();
  });

  async function pair(): Promise<[TestClient, TestClient]> {
    const token = await server.token(server.workspace());
    const a = createTestClient('a', token, fetchFrom(server.app), clock);
    const b = createTestClient('b', token, fetchFrom(server.app), clock);
    clients.push(a, b);
    return [a, b];
  }

  it('syncs a note written on one profile to the other, without re-queuing pulled changes', async () => {
    const [a, b] = await pair();
    const account = await a.repos.accounts.create({ name: 'Acme' });
    const written = await a.repos.notes.create({
      accountId: account.id,
      kind: 'call',
      text: 'They fear a second failed rollout.',
      at: clock().toISOString(),
    } as never);
    await a.sync();
    expect(await a.db.outbox.count()).toBe(0);
    await b.sync();
    expect(await b.db.outbox.count()).toBe(0);
    const pulled = await b.db.notes.get(written.id);
    expect(pulled).toMatchObject({
      text: 'They fear a second failed rollout.',
      deleted: 0,
      serverVersion: expect.any(Number),
    });
    expect(pulled!.words).toContain('rollout');
    expect(await b.repos.notes.search('rollout')).toHaveLength(1);
    expect(await b.snapshot()).toEqual(await a.snapshot());
    expect((await b.db.syncState.get(STATE_KEYS.cursor))?.value).toMatch(/^c/);
  });

  it('keeps both texts when two profiles edit one note, and deletes the conflicts record once merged', async () => {
    const [a, b] = await pair();
    const n = await a.repos.notes.create({
      accountId: 'a_x',
      kind: 'call',
      text: 'Agenda',
      at: clock().toISOString(),
    } as never);
    await a.sync();
    await b.sync();
    await a.repos.notes.update(n.id, { text: 'Agenda\nA: they want a pilot' });
    await b.repos.notes.update(n.id, { text: 'Agenda\nB: legal review in May' });
    await a.sync();
    await b.sync(); // conflict → resolved → pushed
    await a.sync();
    const [na, nb] = [await a.db.notes.get(n.id), await b.db.notes.get(n.id)];
    expect(na!.text).toBe(nb!.text);
    expect(na!.text).toContain('A: they want a pilot');
    expect(na!.text).toContain('B: legal review in May');
    expect(na!.text).toContain(CONFLICT_MARKERS.start);
    expect((await a.snapshot()).conflicts).toEqual([]);
    expect(await a.snapshot()).toEqual(await b.snapshot());
  });

  it('unites sets and keeps the losing scalar retrievable in a resolved conflicts record', async () => {
    const [a, b] = await pair();
    const acct = await a.repos.accounts.create({ name: 'Globex', crmKeys: ['sf:acct:1'] });
    await a.sync();
    await b.sync();
    await a.repos.accounts.update(acct.id, { stage: 'proposal', crmKeys: ['sf:acct:1', 'hs:co:9'] });
    await b.repos.accounts.update(acct.id, { stage: 'evaluation', tickedSignals: ['relief-1'] });
    await a.sync();
    await b.sync();
    await a.sync();
    const [ra, rb] = [(await a.snapshot()).accounts![0], (await b.snapshot()).accounts![0]] as AccountRow[];
    expect(ra).toEqual(rb);
    expect([...ra!.crmKeys].sort()).toEqual(['hs:co:9', 'sf:acct:1']);
    expect(ra!.tickedSignals).toEqual(['relief-1']);
    expect(ra!.stage).toBe('evaluation'); // b edited later
    const conflicts = (await a.snapshot()).conflicts as { resolvedAt?: string; value?: { stage: string } }[];
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ resolvedAt: expect.any(String), value: { stage: 'proposal' } });
  });

  it('lets an edit win over a concurrent delete', async () => {
    const [a, b] = await pair();
    const n = await a.repos.notes.create({
      accountId: 'a_y',
      kind: 'prep',
      text: 'Plan',
      at: clock().toISOString(),
    } as never);
    await a.sync();
    await b.sync();
    await a.repos.notes.remove(n.id);
    await b.repos.notes.update(n.id, { text: 'Plan\nstill needed' });
    await a.sync();
    await b.sync();
    await a.sync();
    expect((await a.db.notes.get(n.id))?.deleted).toBe(0);
    expect((await a.db.notes.get(n.id))?.text).toBe('Plan\nstill needed');
    expect(await a.snapshot()).toEqual(await b.snapshot());
  });

  it('re-sends after a lost response: duplicates, no second copy, no self-conflict', async () => {
    const [a, b] = await pair();
    const n = await a.repos.notes.create({
      accountId: 'a_z',
      kind: 'call',
      text: 'one',
      at: clock().toISOString(),
    } as never);
    const real = fetchFrom(server.app);
    const loseResponse: FetchLike = async (url, init) => {
      await real(url, init);
      throw new TypeError('connection reset');
    };
    a.setFetch(loseResponse);
    await expect(a.sync()).rejects.toThrow(/could not reach/);
    expect((await a.db.syncState.get(STATE_KEYS.lastError))?.value).toMatch(/offline or unreachable/);
    await a.repos.notes.update(n.id, { text: 'one\ntwo' }); // written while the first push is unacknowledged
    a.setFetch(real);
    a.restart(); // and the worker was killed meanwhile
    await a.sync();
    await b.sync();
    expect(await a.db.outbox.count()).toBe(0);
    expect((await b.db.notes.get(n.id))?.text).toBe('one\ntwo');
    expect((await a.snapshot()).conflicts).toEqual([]);
  });

  it('sends next what was written while a request was in flight', async () => {
    const [a, b] = await pair();
    const n = await a.repos.notes.create({
      accountId: 'a_w',
      kind: 'call',
      text: 'first',
      at: clock().toISOString(),
    } as never);
    const real = fetchFrom(server.app);
    let once = true;
    a.setFetch(async (url, init) => {
      if (once) {
        once = false;
        await a.repos.notes.update(n.id, { text: 'first\nduring flight' });
      }
      return real(url, init);
    });
    await a.sync();
    await b.sync();
    expect((await b.db.notes.get(n.id))?.text).toBe('first\nduring flight');
    expect((await a.db.notes.get(n.id))?.text).toBe('first\nduring flight');
    expect(await a.db.outbox.count()).toBe(0);
  });

  it('keeps an invalid local change queued and reported, without blocking the valid ones', async () => {
    const [a, b] = await pair();
    await a.db.outbox.add({
      mutationId: 'm_bad',
      collection: 'notes',
      key: 'n_bad',
      op: 'put',
      value: { id: 'n_bad', text: 42 },
      baseVersion: null,
      clientTime: clock().toISOString(),
    });
    const good = await a.repos.notes.create({
      accountId: 'a_q',
      kind: 'call',
      text: 'valid',
      at: clock().toISOString(),
    } as never);
    await a.sync();
    await b.sync();
    expect((await b.db.notes.get(good.id))?.text).toBe('valid');
    expect(await a.db.outbox.where('mutationId').equals('m_bad').count()).toBe(1);
    expect((await a.db.syncState.get(STATE_KEYS.lastError))?.value).toMatch(
      /1 local change\(s\) are not valid/,
    );
  });

  it('pulls more than one page (1,000 changes) in a single sync', async () => {
    const [a, b] = await pair();
    await a.db.transaction('rw', a.db.notes, a.db.accounts, a.db.outbox, async () => {
      for (let i = 0; i < 1200; i++) {
        await a.repos.notes.create({
          accountId: 'a_p',
          kind: 'call',
          text: `note ${i}`,
          at: clock().toISOString(),
        } as never);
      }
    });
    await a.sync();
    expect(await a.db.outbox.count()).toBe(0);
    const run = await b.sync();
    expect(run.pulled).toBe(1200);
    expect(run.rounds).toBe(2);
    expect(await b.db.notes.count()).toBe(1200);
  });
});

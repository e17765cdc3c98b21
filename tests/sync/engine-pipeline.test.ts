/**
 * The engine overlaps the next request with applying the previous response and choosing the
 * next batch (issue 15's profile: the push waited on the server, then on IndexedDB, never both
 * at once). What it
 * must keep: a record whose change is still being acknowledged is never sent again in the
 * overlapping request, an edit made meanwhile is queued and pushed after, and a worker killed
 * before the previous response was applied re-sends the same mutation ids and loses nothing.
 */
import type { DBCore } from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepositories } from '../../lib/db/repositories';
import { MotiveDatabase } from '../../lib/db/schema';
import { createSyncEngine } from '../../lib/sync/engine';
import type { SyncRequest } from '../../lib/sync/protocol';
import { STATE_KEYS, readState } from '../../lib/sync/sync-state';
import type { FetchLike } from '../../lib/sync/transport';
import { createTestClient, fetchFrom, liveRecords, steppingClock } from './support/test-client';
import { startTestServer, type TestServer } from './support/test-server';

const NOTES = 250;
const LIMITS = { count: 100, bytes: 4 * 1024 * 1024 };

interface Sent {
  request: SyncRequest;
  /** Outbox entries when the request left: 250 means the previous response was not yet applied. */
  queued: number;
}

describe('sync engine pipeline', () => {
  let server: TestServer;
  const clock = steppingClock();
  const closing: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    server = await startTestServer('pglite');
  });
  afterAll(async () => {
    for (const close of closing) await close();
    await server.close();
  });

  /** A profile whose outbox mutations fail while `failing.on` (a worker killed mid-apply). */
  function profile(name: string, fetch: FetchLike) {
    const db = new MotiveDatabase(`${name}-${crypto.randomUUID()}`);
    const failing = { on: false };
    db.use({
      stack: 'dbcore',
      name: 'killed-mid-apply',
      create: (down: DBCore): DBCore => ({
        ...down,
        table(table) {
          const t = down.table(table);
          return {
            ...t,
            mutate: (req) =>
              failing.on && table === 'outbox' ? Promise.reject(new Error('worker killed')) : t.mutate(req),
          };
        },
      }),
    });
    closing.push(async () => {
      db.close();
      await db.delete();
    });
    const repos = createRepositories({ db, now: clock });
    const engine = (maxRounds?: number) =>
      createSyncEngine({ db, fetch, now: clock, batchLimits: LIMITS, maxRounds });
    return { db, repos, failing, engine };
  }

  async function seed(repos: ReturnType<typeof createRepositories>) {
    const ids: string[] = [];
    for (let i = 0; i < NOTES; i++) {
      const note = await repos.notes.create({
        accountId: 'a_pipe',
        kind: 'call',
        text: `note ${i}`,
        at: clock().toISOString(),
      } as never);
      ids.push(note.id);
    }
    return ids;
  }

  async function reader(token: string) {
    const b = createTestClient('b', token, fetchFrom(server.app), clock);
    closing.push(() => b.close());
    await b.sync();
    return b;
  }

  it('sends the next batch before the previous response is applied, never a record still in flight', async () => {
    const token = await server.token(server.workspace());
    const real = fetchFrom(server.app);
    const sent: Sent[] = [];
    const a = profile('a', async (url, init) => {
      const queued = await a.db.outbox.count();
      sent.push({ request: JSON.parse(init!.body as string) as SyncRequest, queued });
      return real(url, init);
    });
    await seed(a.repos);

    await a.engine().run({ url: 'http://127.0.0.1:8787', token });

    expect(sent.map((s) => s.request.changes.length)).toEqual([100, 100, 50]);
    expect(sent[1]!.queued).toBe(NOTES);
    const keys = sent.flatMap((s) => s.request.changes.map((c) => c.key));
    expect(new Set(keys).size).toBe(NOTES);
    expect(await a.db.outbox.count()).toBe(0);
    const b = await reader(token);
    expect(await b.db.notes.count()).toBe(NOTES);
  });

  it('chooses the next batch while a request is in flight, not after its response', async () => {
    const token = await server.token(server.workspace());
    const real = fetchFrom(server.app);
    const preparedMeanwhile: boolean[] = [];
    const a = profile('a', async (url, init) => {
      const inRequest = new Set(
        (JSON.parse(init!.body as string) as SyncRequest).changes.map((c) => c.mutationId),
      );
      // The server answers once the engine has marked a batch beyond this one as in flight (or
      // after a bound, so an engine that waits for the answer first is reported, not hung).
      // Only the first two batches have a next one to choose.
      let seen = false;
      const waits = inRequest.size > 0 && preparedMeanwhile.length < 2 ? 500 : 0;
      for (let i = 0; i < waits && !seen; i++) {
        const inflight = (await readState<string[]>(a.db, STATE_KEYS.inflight)) ?? [];
        seen = inflight.some((id) => !inRequest.has(id));
        if (!seen) await new Promise((resolve) => setTimeout(resolve, 10));
      }
      if (waits > 0) preparedMeanwhile.push(seen);
      return real(url, init);
    });
    await seed(a.repos);

    await a.engine().run({ url: 'http://127.0.0.1:8787', token });

    expect(preparedMeanwhile).toEqual([true, true]);
    expect(await a.db.outbox.count()).toBe(0);
  });

  it('queues an edit of a record whose acknowledgement is being applied, and pushes it after', async () => {
    const token = await server.token(server.workspace());
    const real = fetchFrom(server.app);
    let requests = 0;
    let edited = '';
    const a = profile('a', async (url, init) => {
      if (++requests === 2) await a.repos.notes.update(edited, { text: 'note 0\nedited mid-push' });
      return real(url, init);
    });
    edited = (await seed(a.repos))[0]!;

    await a.engine().run({ url: 'http://127.0.0.1:8787', token });

    expect(await a.db.outbox.count()).toBe(0);
    const b = await reader(token);
    expect((await b.db.notes.get(edited))?.text).toBe('note 0\nedited mid-push');
    expect(await b.db.conflicts.count()).toBe(0);
    expect(await a.db.conflicts.count()).toBe(0);
  });

  it('killed before the previous response was applied: re-sends the same mutation ids, loses nothing', async () => {
    const token = await server.token(server.workspace());
    const real = fetchFrom(server.app);
    const sent: SyncRequest[] = [];
    let kill = true;
    const a = profile('a', async (url, init) => {
      sent.push(JSON.parse(init!.body as string) as SyncRequest);
      const response = await real(url, init);
      if (sent.length === 2 && kill) {
        // The worker dies now: whatever was being applied is rolled back, this answer is lost.
        a.failing.on = true;
        throw new TypeError('worker killed');
      }
      return response;
    });
    await seed(a.repos);
    const original = new Map(
      (await a.db.outbox.toArray()).map((entry) => [entry.key, entry.mutationId] as const),
    );

    await expect(a.engine().run({ url: 'http://127.0.0.1:8787', token })).rejects.toThrow();
    a.failing.on = false;
    kill = false;
    await a.engine().run({ url: 'http://127.0.0.1:8787', token });

    for (const change of sent.flatMap((r) => r.changes))
      expect(change.mutationId).toBe(original.get(change.key));
    expect(await a.db.outbox.count()).toBe(0);
    expect(await a.db.conflicts.count()).toBe(0);
    const b = await reader(token);
    expect(await b.db.notes.count()).toBe(NOTES);
    expect(await b.db.conflicts.count()).toBe(0);
    expect((await b.snapshot()).notes).toEqual(await liveRecords(a.db, 'notes'));
  });

  it('says whether it settled, and when each request left (what the scheduler needs to skip a run)', async () => {
    const token = await server.token(server.workspace());
    const real = fetchFrom(server.app);
    const events: string[] = [];
    const a = profile('a', async (url, init) => {
      events.push('fetch');
      return real(url, init);
    });
    await seed(a.repos);
    const progress = { requestSent: () => void events.push('sent') };
    const endpoint = { url: 'http://127.0.0.1:8787', token };

    // 250 notes in batches of 100: two rounds leave 50 queued.
    expect((await a.engine(2).run(endpoint, progress)).settled).toBe(false);
    expect(await a.db.outbox.count()).toBe(50);
    // Exactly as many rounds as the work needs: the run still sees that nothing is left.
    expect((await a.engine(1).run(endpoint, progress)).settled).toBe(true);
    expect(await a.db.outbox.count()).toBe(0);
    expect(events).toEqual(['fetch', 'sent', 'fetch', 'sent', 'fetch', 'sent']);
  });
});

/**
 * No change can jam a profile or be dropped (issue 13, findings 1–4), with the real engine
 * against the real server: poison text, batches over the body limit, a change one server
 * refuses, and catch-ups over several pages with concurrent edits and lost responses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATE_KEYS } from '../../lib/sync/sync-state';
import { syncResponseSchema } from '../../lib/sync/protocol';
import { readRefusals } from '../../lib/sync/refusals';
import type { FetchLike } from '../../lib/sync/transport';
import { createTestClient, fetchFrom, steppingClock, type TestClient } from './support/test-client';
import { startTestServer, type TestServer } from './support/test-server';

describe('sync that cannot jam or drop an edit', () => {
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
  const write = (c: TestClient, text: string, accountId = 'a_j') =>
    c.repos.notes.create({ accountId, kind: 'call', text, at: clock().toISOString() } as never);
  const lastError = async (c: TestClient) => (await c.db.syncState.get(STATE_KEYS.lastError))?.value;

  it('syncs notes holding an emoji cut in half or a NUL, with the damage marked, and the rest', async () => {
    const [a, b] = await pair();
    const cut = await write(a, `Loved the demo ${'😀'.slice(0, 1)}`);
    const nul = await write(a, 'tab\u0000separated');
    const fine = await write(a, 'fine');
    await a.sync();
    await b.sync();
    expect(await a.db.outbox.count()).toBe(0);
    expect((await b.db.notes.get(cut.id))?.text).toBe('Loved the demo \uFFFD');
    expect((await b.db.notes.get(nul.id))?.text).toBe('tab\uFFFDseparated');
    expect((await b.db.notes.get(fine.id))?.text).toBe('fine');
    expect(await a.snapshot()).toEqual(await b.snapshot());
  });

  it('splits 500 notes of 11 KB into requests under the body limit', async () => {
    const [a, b] = await pair();
    await a.db.transaction('rw', a.db.notes, a.db.accounts, a.db.outbox, async () => {
      for (let i = 0; i < 500; i++) await write(a, `${i} ${'restore '.repeat(1400)}`);
    });
    const run = await a.sync();
    expect(await a.db.outbox.count()).toBe(0);
    expect(run.pushed).toBe(500);
    expect(run.rounds).toBeGreaterThan(1);
    await b.sync();
    expect(await b.db.notes.count()).toBe(500);
  });

  it('keeps, shows and skips a change the server refuses alone with 413, and the rest flows', async () => {
    const [a, b] = await pair();
    const big = await write(a, 'REFUSE ME');
    const others = [await write(a, 'one'), await write(a, 'two')];
    // A server with a lower limit than ours (another implementation of the contract).
    const real = fetchFrom(server.app);
    const strict: FetchLike = async (url, init) => {
      const sent = (init?.body as string | undefined) ?? '';
      if (sent.includes('REFUSE ME')) {
        return new Response(
          JSON.stringify({ error: { code: 'too_large', message: 'body: too large here' } }),
          {
            status: 413,
            headers: { 'Content-Type': 'application/json' },
          },
        );
      }
      return real(url, init);
    };
    a.setFetch(strict);
    await a.sync();
    await a.sync(); // and again: the refused change does not block anything
    await b.sync();
    for (const n of others) expect((await b.db.notes.get(n.id))?.text).toBe(n.text);
    expect(await b.db.notes.get(big.id)).toBeUndefined();
    const kept = (await a.db.outbox.toArray()).filter((e) => e.key === big.id);
    expect(kept).toHaveLength(1);
    expect((await a.db.notes.get(big.id))?.text).toBe('REFUSE ME');
    expect(await readRefusals(a.db)).toEqual([expect.objectContaining({ key: big.id, status: 413 })]);
    expect(await lastError(a)).toMatch(new RegExp(`server refused 1 change.*notes ${big.id} \\(413`));
  });

  it('finds the one change a server refuses with 400 among many, and sends the others', async () => {
    const [a, b] = await pair();
    const notes = [];
    for (let i = 0; i < 40; i++) notes.push(await write(a, i === 17 ? 'FORBIDDEN WORD' : `note ${i}`));
    const real = fetchFrom(server.app);
    a.setFetch(async (url, init) => {
      const request = JSON.parse(init?.body as string) as { changes: { value?: { text?: string } }[] };
      const bad = request.changes.findIndex((c) => c.value?.text === 'FORBIDDEN WORD');
      if (bad < 0) return real(url, init);
      // This server names no field: the engine must narrow the batch down itself.
      return new Response(JSON.stringify({ error: { code: 'invalid_request', message: 'value refused' } }), {
        status: 400,
        headers: { 'Content-Type': 'application/json' },
      });
    });
    await a.sync();
    await b.sync();
    expect(await b.db.notes.count()).toBe(39);
    expect((await a.db.outbox.toArray()).map((e) => e.key)).toEqual([notes[17]!.id]);
  });

  /**
   * The rep edits a note offline while a teammate edits it and adds 1,500 more records, so
   * the rep's catch-up spans pages; during it, the rep writes again on top of what was
   * pulled. Before the fix the conflicts record was closed with only the later text merged.
   */
  it('merges an offline edit rejected on page one even when the rep writes again mid catch-up', async () => {
    const [rep, mate] = await pair();
    const n = await write(rep, 'Agenda');
    await rep.sync();
    await mate.sync();
    await rep.repos.notes.update(n.id, { text: 'Agenda\nrep offline line' });
    await mate.repos.notes.update(n.id, { text: 'Agenda\nmate line' });
    await mate.db.transaction('rw', mate.db.notes, mate.db.accounts, mate.db.outbox, async () => {
      for (let i = 0; i < 1500; i++) await write(mate, `filler ${i}`, 'a_fill');
    });
    await mate.sync();
    const real = fetchFrom(server.app);
    let calls = 0;
    rep.setFetch(async (url, init) => {
      if (++calls === 2) {
        // In flight: the rep writes on what page one pulled, and the teammate edits again.
        const shown = (await rep.db.notes.get(n.id))!.text;
        await rep.repos.notes.update(n.id, { text: `${shown}\nrep second line` });
        const theirs = (await mate.db.notes.get(n.id))!.text;
        await mate.repos.notes.update(n.id, { text: `${theirs}\nmate second line` });
        await mate.sync();
      }
      return real(url, init);
    });
    await rep.sync();
    rep.setFetch(real);
    await mate.sync();
    await rep.sync();
    await mate.sync();
    const text = (await rep.db.notes.get(n.id))!.text;
    for (const line of ['rep offline line', 'mate line', 'rep second line', 'mate second line'])
      expect(text).toContain(line);
    expect((await mate.db.notes.get(n.id))!.text).toBe(text);
  });

  it('never takes a duplicate of a conflicted change as applied, even pages before its record', async () => {
    const [rep, mate] = await pair();
    const n = await write(rep, 'Plan');
    await rep.sync();
    await mate.sync();
    await rep.repos.notes.update(n.id, { text: 'Plan\nrep line' });
    await mate.repos.notes.update(n.id, { text: 'Plan\nmate line' });
    await mate.sync();
    await mate.db.transaction('rw', mate.db.notes, mate.db.accounts, mate.db.outbox, async () => {
      for (let i = 0; i < 1200; i++) await write(mate, `filler ${i}`, 'a_fill2');
    });
    await mate.sync();
    // The first response is lost; the re-send is answered `duplicate` (as a server following
    // guarantee 1 to the letter does), and the rep wrote again meanwhile.
    const real = fetchFrom(server.app);
    let calls = 0;
    const seen = new Set<string>();
    rep.setFetch(async (url, init) => {
      const response = await real(url, init);
      calls++;
      if (calls === 1) {
        const body = syncResponseSchema.parse(await response.clone().json());
        for (const r of body.results) if (r.status === 'conflict') seen.add(r.mutationId);
        await rep.repos.notes.update(n.id, { text: 'Plan\nrep line\nrep later line' });
        throw new TypeError('connection reset');
      }
      const body = syncResponseSchema.parse(await response.json());
      body.results = body.results.map((r) =>
        seen.has(r.mutationId) ? { mutationId: r.mutationId, status: 'duplicate', version: r.version } : r,
      );
      return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
    });
    await rep.sync().catch(() => undefined);
    await rep.sync();
    rep.setFetch(real);
    await rep.sync();
    await mate.sync();
    const text = (await mate.db.notes.get(n.id))!.text;
    for (const line of ['mate line', 'rep line', 'rep later line']) expect(text).toContain(line);
    expect((await rep.db.notes.get(n.id))!.text).toBe(text);
  });
});

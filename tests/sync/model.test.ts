/**
 * Seeded random model test: three profiles, ≥ 1,000 random operations each (create, edit,
 * tag, delete, concurrent edits of the same notes), syncing through injected faults (lost
 * requests and responses, duplicates, 5xx, killed workers) and one server restart. Then
 * quiescence: every profile holds the same records, and every write is present, unless
 * its note was deleted. `SYNC_SEED=<n>` replays a run; `SYNC_OPS` sizes it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { createApp } from '../../server/app';
import { openStore } from '../../server/store/open-store';
import type { SqlStore } from '../../server/store/sql-store';
import { createToken } from '../../server/tokens';
import { faultyFetch, pickFault, seededRandom, type Fault } from './support/model-faults';
import { createTestClient, steppingClock, type TestClient } from './support/test-client';

const SEED = Number(process.env.SYNC_SEED ?? Math.floor(Math.random() * 2 ** 31));
// 500 keeps `npm test` in budget; the scale test (model-scale) covers multi-page catch-ups.
const OPS = Number(process.env.SYNC_OPS ?? 500);
const dir = mkdtempSync(join(tmpdir(), 'motive-model-'));
afterAll(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

it(`converges with nothing lost: 3 clients × ${OPS} random ops with faults (seed ${SEED})`, async () => {
  console.log(`model test seed: ${SEED} (replay with SYNC_SEED=${SEED})`);
  const random = seededRandom(SEED);
  // Record and client ids come from crypto: seed them too, so a seed replays exactly.
  const idRandom = seededRandom(SEED ^ 0x5eed);
  const fill = <T extends ArrayBufferView | null>(array: T): T => {
    const bytes = new Uint8Array(array!.buffer, array!.byteOffset, array!.byteLength);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(idRandom() * 256);
    return array;
  };
  vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation(fill);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  const clock = steppingClock();
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
  let store: SqlStore = await openStore({ dataDir: dir });
  let app = createApp({ store, log: quiet, rateLimit: false });
  const deliver = async (url: string, init?: RequestInit) => app.fetch(new Request(url, init));
  const counts: Record<Fault, number> = {
    none: 0,
    'drop-request': 0,
    'drop-response': 0,
    duplicate: 0,
    'server-error': 0,
    'kill-mid-push': 0,
  };
  let faultsOn = true;

  const clients: TestClient[] = [];
  for (const name of ['ana', 'ben', 'cy']) {
    const { token } = await createToken(store, 'model', name);
    const client: TestClient = createTestClient(name, token, deliver, clock, () => `${name}${SEED}`);
    client.setFetch(
      faultyFetch(
        deliver,
        () => (faultsOn ? pickFault(random) : 'none'),
        () => client.restart(),
        counts,
      ),
    );
    clients.push(client);
  }

  const written = new Map<string, Set<string>>(); // note id → every token written into it
  const deleted = new Set<string>();
  let token = 0;
  let syncs = 0;
  let failedSyncs = 0;
  const liveNotes = async (c: TestClient) => (await c.db.notes.toArray()).filter((n) => n.deleted === 0);

  // Each client gets exactly OPS operations, interleaved at random.
  const schedule = clients.flatMap((c) => Array.from({ length: OPS }, () => c)).sort(() => random() - 0.5);
  for (const [step, client] of schedule.entries()) {
    if (step === Math.floor(schedule.length / 2)) {
      await store.close(); // server restart: a new process over the same data directory
      store = await openStore({ dataDir: dir });
      app = createApp({ store, log: quiet, rateLimit: false });
    }
    const notes = await liveNotes(client);
    const roll = random();
    const t = `t${token++}`;
    if (notes.length === 0 || (roll < 0.1 && notes.length < 25)) {
      const n = await client.repos.notes.create({
        accountId: 'a_model',
        kind: 'call',
        text: t,
        at: clock().toISOString(),
      } as never);
      written.set(n.id, new Set([t]));
    } else if (roll < 0.85 || (roll < 0.995 && pick(notes).tags.length >= 12)) {
      const note = pick(notes);
      await client.repos.notes.update(note.id, { text: `${note.text}\n${t}` });
      written.get(note.id)!.add(t);
    } else if (roll < 0.995) {
      const note = pick(notes);
      await client.repos.notes.update(note.id, { tags: [...note.tags, t] });
      written.get(note.id)!.add(t);
    } else {
      const note = pick(notes);
      await client.repos.notes.remove(note.id);
      deleted.add(note.id);
    }
    if (random() < 0.12) {
      syncs++;
      await client.sync().catch(() => failedSyncs++);
    }
  }

  // Quiescence: no faults, everyone syncs until nothing is pending and everyone agrees.
  faultsOn = false;
  let passes = 0;
  for (; passes < 12; passes++) {
    for (const c of clients) await c.sync();
    const pending = await Promise.all(clients.map((c) => c.db.outbox.count()));
    const snaps = await Promise.all(clients.map((c) => c.snapshot()));
    if (pending.every((p) => p === 0) && snaps.every((s) => JSON.stringify(s) === JSON.stringify(snaps[0])))
      break;
  }
  console.log(
    `model: first note ${[...written.keys()][0]}, ${schedule.length} ops, ${token} tokens, ${written.size} notes (${deleted.size} deleted), ${syncs} syncs (${failedSyncs} failed), faults ${JSON.stringify(counts)}, quiescent after ${passes + 1} passes`,
  );

  const [conflicts] = await store.query<{ n: number; open: number }>(
    `SELECT count(*)::int AS n, (count(*) FILTER (WHERE op = 'put' AND value->>'resolvedAt' IS NULL))::int AS open
     FROM records WHERE collection = 'conflicts'`,
  );
  console.log(`model: the server recorded ${conflicts!.n} conflicts; ${conflicts!.open} left unresolved`);
  expect(conflicts!.open).toBe(0); // every client resolved its own conflicts
  const snaps = await Promise.all(clients.map((c) => c.snapshot()));
  expect(snaps[1]).toEqual(snaps[0]);
  expect(snaps[2]).toEqual(snaps[0]);
  const final = new Map(
    (snaps[0]!.notes as { id: string; text: string; tags: string[] }[]).map((n) => [n.id, n]),
  );
  const keptInConflicts = JSON.stringify(snaps[0]!.conflicts);
  for (const [id, tokens] of written) {
    const note = final.get(id);
    if (note === undefined) {
      expect(deleted.has(id), `note ${id} vanished without a delete`).toBe(true);
      continue;
    }
    if (deleted.has(id)) continue; // a delete may legitimately remove writes it saw
    const present = new Set([...note.text.split('\n'), ...note.tags]);
    const missing = [...tokens].filter((t) => !present.has(t) && !keptInConflicts.includes(`"${t}`));
    expect(missing, `writes missing from ${id}`).toEqual([]);
  }
  for (const c of clients) await c.close();
  await store.close();
}, 400_000);

/**
 * Sync benchmark (prints figures, asserts nothing):
 *  1. one profile pushes 10,000 changes over HTTP to the reference server (PGlite), a fresh
 *     profile pulls them; beside a bare HTTP echo of the same bytes (the ratio is the cost
 *     of sync itself);
 *  2. server throughput with several profiles pushing at once.
 * Run: npx tsx tests/bench/sync.bench.ts  (SYNC_BENCH_CHANGES, SYNC_BENCH_CLIENTS to resize)
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRepositories } from '../../lib/db/repositories';
import { MotiveDatabase } from '../../lib/db/schema';
import { createSyncEngine } from '../../lib/sync/engine';
import type { FetchLike } from '../../lib/sync/transport';
import { startServer } from '../../server/serve';
import { openStore } from '../../server/store/open-store';
import { createToken } from '../../server/tokens';

const CHANGES = Number(process.env.SYNC_BENCH_CHANGES ?? 10_000);
const CLIENTS = Number(process.env.SYNC_BENCH_CLIENTS ?? 4);
const PER_CLIENT = 2_000;
const now = () => new Date();
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

interface Exchange {
  sent: number;
  received: number;
}

/** fetch that records the bytes of every exchange, to replay them against the echo server. */
function recording(log: Exchange[]): FetchLike {
  return async (url, init) => {
    const response = await fetch(url, init);
    const body = await response.text();
    log.push({
      sent: Buffer.byteLength(typeof init?.body === 'string' ? init.body : ''),
      received: Buffer.byteLength(body),
    });
    return new Response(body, { status: response.status, headers: response.headers });
  };
}

async function seedProfile(db: MotiveDatabase, count: number, label: string): Promise<void> {
  const repos = createRepositories({ db, now });
  await db.transaction('rw', db.notes, db.accounts, db.outbox, async () => {
    for (let i = 0; i < count; i++) {
      await repos.notes.create({
        accountId: `a_${i % 50}`,
        kind: 'call',
        text: `${label} note ${i}: the buyer wants proof that the rollout will not disrupt the quarter close.`,
        at: now().toISOString(),
        tags: ['bench'],
      } as never);
    }
  });
}

async function echoTime(exchanges: Exchange[]): Promise<number> {
  const server = createServer((req, res) => {
    const wanted = Number(req.headers['x-reply-bytes']);
    req.on('data', () => undefined);
    req.on('end', () => res.end(Buffer.alloc(wanted, 97)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const t0 = performance.now();
  for (const e of exchanges) {
    const response = await fetch(url, {
      method: 'POST',
      body: Buffer.alloc(e.sent, 98),
      headers: { 'x-reply-bytes': String(e.received) },
    });
    await response.arrayBuffer();
  }
  const elapsed = performance.now() - t0;
  await new Promise((r) => server.close(r));
  return elapsed;
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rate = (n: number, ms: number) => `${Math.round(n / (ms / 1000)).toLocaleString('en')} changes/s`;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'motive-bench-'));
  const store = await openStore({ dataDir });
  const tokens = await Promise.all(
    Array.from({ length: CLIENTS + 1 }, (_, i) =>
      createToken(store, i === 0 ? 'bench' : `bench-${i}`, `rep${i}`),
    ),
  );
  await store.close();
  const server = await startServer({ port: 0, dataDir, log: quiet, rateLimit: false });
  try {
    // 1. Push 10,000 from one profile, pull them into a fresh one.
    const exchanges: Exchange[] = [];
    const endpoint = { url: server.url, token: tokens[0]!.token };
    const a = new MotiveDatabase('bench-a');
    await seedProfile(a, CHANGES, 'a');
    let t0 = performance.now();
    const pushed = await createSyncEngine({ db: a, fetch: recording(exchanges), now, maxRounds: 1000 }).run(
      endpoint,
    );
    const pushMs = performance.now() - t0;
    const b = new MotiveDatabase('bench-b');
    t0 = performance.now();
    const pulled = await createSyncEngine({ db: b, fetch: recording(exchanges), now, maxRounds: 1000 }).run(
      endpoint,
    );
    const pullMs = performance.now() - t0;
    const echoMs = await echoTime(exchanges);
    const bytes = exchanges.reduce((s, e) => s + e.sent + e.received, 0);
    console.log(
      `push ${pushed.pushed} changes in ${pushed.rounds} requests: ${fmt(pushMs)} (${rate(pushed.pushed, pushMs)})`,
    );
    console.log(
      `pull ${pulled.pulled} changes into a fresh profile in ${pulled.rounds} requests: ${fmt(pullMs)} (${rate(pulled.pulled, pullMs)})`,
    );
    console.log(
      `bare HTTP echo of the same ${exchanges.length} exchanges (${(bytes / 1e6).toFixed(1)} MB): ${fmt(echoMs)}`,
    );
    console.log(`sync / echo ratio: ${((pushMs + pullMs) / echoMs).toFixed(1)}×`);

    // 2. Several profiles pushing at once (each its own workspace), raw requests of 500.
    const T = new Date().toISOString();
    t0 = performance.now();
    await Promise.all(
      tokens.slice(1).map(async ({ token }, c) => {
        for (let batch = 0; batch < PER_CLIENT / 500; batch++) {
          const changes = Array.from({ length: 500 }, (_, i) => {
            const id = `n_${c}_${batch}_${i}`;
            return {
              mutationId: `m_${id}`,
              collection: 'notes',
              key: id,
              op: 'put',
              baseVersion: null,
              clientTime: T,
              value: {
                id,
                accountId: 'a',
                kind: 'call',
                text: `text ${id}`,
                at: T,
                createdAt: T,
                updatedAt: T,
              },
            };
          });
          const response = await fetch(`${server.url}/v1/sync`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ clientId: `c${c}`, cursor: 'c0', changes }),
          });
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          await response.arrayBuffer();
        }
      }),
    );
    const concurrentMs = performance.now() - t0;
    console.log(
      `${CLIENTS} profiles × ${PER_CLIENT} changes at once: ${fmt(concurrentMs)} (${rate(CLIENTS * PER_CLIENT, concurrentMs)})`,
    );
    a.close();
    b.close();
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();

/**
 * Server throughput on a real PostgreSQL 15 (throw-away cluster): 1, 4 and 16 concurrent
 * clients pushing small batches (10 notes per request), each in its own workspace and all in
 * one shared workspace; requests/s, p50 and p99. Floor: a bare node:http handler that parses
 * the same body and inserts the same 10 rows in one transaction (same pool size), under the
 * same concurrency. The server runs as in production: each client carries its cursor and is
 * up to date when a line starts, and the per-token rate limit is on. Also a cheap profile of the server: SQL round trips per request
 * (BEGIN and COMMIT included), the time spent waiting on SQL, and that time per statement;
 * and CPU per request, of this process and of PostgreSQL, which a loaded machine disturbs
 * less than requests/s (printed as a ratio too: the floor's CPU per request over the server's).
 * Prints figures; asserts nothing.
 * Run: npx tsx tests/bench/server-throughput.bench.ts  (THROUGHPUT_SECONDS to resize)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startServer } from '../../server/serve';
import { openStore } from '../../server/store/open-store';
import { POOL_SIZE } from '../../server/store/postgres-store';
import { createToken } from '../../server/tokens';
import { countingStore, type SqlTally } from './lib/counting-store';
import { printLoad, ratio } from './lib/machine';
import { startPostgres } from './lib/postgres';
import { percentile } from './lib/stats';

const SECONDS = Number(process.env.THROUGHPUT_SECONDS ?? 3);
const CONCURRENCY = [1, 4, 16];
const quiet = { info: () => undefined, warn: () => undefined, error: console.error };
const T = '2026-11-22T10:00:00.000Z';

let sequence = 0;
function pushBody(client: number, cursor: string | null): string {
  const changes = Array.from({ length: 10 }, () => {
    const id = `n_${client}_${sequence++}`;
    const value = {
      id,
      accountId: 'a_bench',
      kind: 'call',
      text: `text of ${id}`,
      at: T,
      createdAt: T,
      updatedAt: T,
    };
    return {
      mutationId: `m_${id}`,
      collection: 'notes',
      key: id,
      op: 'put',
      baseVersion: null,
      clientTime: T,
      value,
    };
  });
  return JSON.stringify({ clientId: `c${client}`, cursor, changes });
}

interface Figures {
  perSecond: number;
  p50: number;
  p99: number;
  /** CPU per request of this process (the clients AND the server or floor) and of PostgreSQL. */
  nodeCpuMs: number;
  pgCpuMs: number;
}

/** PostgreSQL's CPU so far (set once the cluster runs). */
let postgresCpuMs = () => 0;

/**
 * Each token's cursor, kept across lines as an extension keeps its own: a push then pulls
 * only what changed since (its own 10 notes, and its teammates' in a shared workspace), not
 * the workspace's first 1,000 records.
 */
const cursors = new Map<string, string>();

function post(url: string, token: string, body: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body,
  });
}

/**
 * Before a timed line, every client pulls until it is up to date (untimed): a client that
 * syncs all day is never thousands of records behind, and a line that starts with catch-up
 * pulls of 1,000 records measures those instead of pushes.
 */
async function catchUp(url: string, tokens: string[], clients: number): Promise<void> {
  for (const [c, token] of tokens.slice(0, clients).entries()) {
    for (let more = true; more;) {
      const body = JSON.stringify({ clientId: `c${c}`, cursor: cursors.get(token) ?? null, changes: [] });
      const answer = (await (await post(url, token, body)).json()) as { cursor: string; more: boolean };
      cursors.set(token, answer.cursor);
      more = answer.more;
    }
  }
}

/**
 * The cursor at the end of an answer (the server writes it last), or undefined: the floor
 * answers none. The load generator reads every byte of each answer but decodes no more of it
 * than it needs to keep going. Parsing a whole answer is a client's work, done on its own
 * machine; here it ran in this process, beside the server: in a shared workspace each answer
 * holds the ~150 records the teammates wrote (about 60 KB), whose parse took this process
 * about 0.15–0.2 ms per request of CPU that the server then lacked, while the floor's answer
 * is 11 bytes. Both are measured this same way.
 */
function cursorOf(answer: string): string | undefined {
  const at = answer.lastIndexOf('"cursor":"');
  if (at < 0) return undefined;
  const start = at + '"cursor":"'.length;
  return answer.slice(start, answer.indexOf('"', start));
}

/** `clients` loops, each posting one request after another for SECONDS. */
async function drive(url: string, tokens: string[], clients: number): Promise<Figures> {
  const latencies: number[] = [];
  const cpu0 = process.cpuUsage();
  const pg0 = postgresCpuMs();
  const end = performance.now() + SECONDS * 1000;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      const token = tokens[c]!;
      while (performance.now() < end) {
        const t0 = performance.now();
        const response = await post(url, token, pushBody(c, cursors.get(token) ?? null));
        if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
        const cursor = cursorOf(await response.text());
        if (cursor !== undefined) cursors.set(token, cursor);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return {
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    nodeCpuMs: (cpu.user + cpu.system) / 1000 / latencies.length,
    pgCpuMs: (postgresCpuMs() - pg0) / latencies.length,
  };
}

/** The floor: parse the body, insert its 10 rows in one transaction, answer. */
async function startFloor(databaseUrl: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: POOL_SIZE });
  await pool.query(`CREATE TABLE floor_records (LIKE records INCLUDING ALL)`);
  let version = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => void insert());
    const insert = async () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        clientId: string;
        changes: { key: string; value: unknown }[];
      };
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const params: unknown[] = [];
        const rows = body.changes.map((change) => {
          params.push(body.clientId, change.key, ++version, JSON.stringify(change.value));
          const n = params.length;
          return `($${n - 3}, 'notes', $${n - 2}, $${n - 1}, 'put', $${n}, now(), 'rep')`;
        });
        await client.query(
          `INSERT INTO floor_records (workspace, collection, key, version, op, value, updated_at, updated_by) VALUES ${rows.join(',')}`,
          params,
        );
        await client.query('COMMIT');
        res.end('{"ok":true}');
      } finally {
        client.release();
      }
    };
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    async close() {
      await new Promise((r) => server.close(r));
      await pool.end();
    },
  };
}

/** The tally's figures at one moment, to subtract from a later one. */
function snapshot(tally: SqlTally): SqlTally {
  return { ...tally, byStatement: new Map([...tally.byStatement].map(([k, v]) => [k, { ...v }])) };
}

/** Round trips and SQL wait per request, statement by statement, and what is left for JavaScript. */
function profileLine(tally: SqlTally, before: SqlTally, requests: number, meanMs: number): string {
  const per = (n: number) => (n / requests).toFixed(1);
  const statements = [...tally.byStatement]
    .map(([label, v]) => {
      const was = before.byStatement.get(label) ?? { count: 0, ms: 0 };
      return { label, count: v.count - was.count, ms: v.ms - was.ms };
    })
    .filter((s) => s.count > 0)
    .map((s) => `${s.label} ×${per(s.count)} ${per(s.ms)} ms`);
  const sqlMs = tally.sqlMs - before.sqlMs;
  const beginCommitMs = tally.beginCommitMs - before.beginCommitMs;
  const roundTrips = tally.queries - before.queries + 2 * (tally.transactions - before.transactions);
  return (
    `    profile: ${per(roundTrips)} SQL round trips per request (BEGIN and COMMIT included), ` +
    `${per(sqlMs + beginCommitMs)} ms waiting on SQL of ${meanMs.toFixed(1)} ms mean latency ` +
    `(BEGIN+COMMIT ${per(beginCommitMs)} ms)\n      ${statements.join('; ')}`
  );
}

const row = (label: string, f: Figures, floor?: Figures) =>
  `  ${label.padEnd(34)} ${f.perSecond.toFixed(0).padStart(6)} req/s  p50 ${f.p50.toFixed(1).padStart(6)} ms  p99 ${f.p99.toFixed(1).padStart(6)} ms` +
  `  CPU/req node ${f.nodeCpuMs.toFixed(2)} ms, PostgreSQL ${f.pgCpuMs.toFixed(2)} ms` +
  (floor
    ? `   ${ratio(f.perSecond, floor.perSecond)} floor req/s` +
      // CPU per request moves less than req/s on a loaded machine: the floor's over this one's.
      `, ${ratio(floor.nodeCpuMs + floor.pgCpuMs, f.nodeCpuMs + f.pgCpuMs)} by CPU/req`
    : '');

const pgServer = await startPostgres();
if ('unavailable' in pgServer) {
  console.log(`PostgreSQL unavailable (${pgServer.unavailable}); this benchmark needs it.`);
  process.exit(0);
}
postgresCpuMs = () => pgServer.cpuMs();
const dataDir = mkdtempSync(join(tmpdir(), 'motive-bench-tp-'));
try {
  const base = await openStore({ dataDir, databaseUrl: pgServer.url });
  const own = await Promise.all(
    Array.from({ length: 16 }, async (_, i) => (await createToken(base, `tp-own-${i}`, 'rep')).token),
  );
  const shared = await Promise.all(
    Array.from({ length: 16 }, async (_, i) => (await createToken(base, 'tp-shared', `rep${i}`)).token),
  );
  const { store, tally } = countingStore(base);
  // The per-token rate limit is on, as in production (its SQL is part of every request), with
  // a bucket so large that it never refuses here.
  const rateLimit = { burst: 1_000_000, perSecond: 1_000_000 };
  const server = await startServer({ port: 0, dataDir, store, log: quiet, rateLimit });
  const floor = await startFloor(pgServer.url);
  try {
    console.log(
      `pushes of 10 notes, ${SECONDS} s per line, PostgreSQL 15 on 127.0.0.1 (pools of ${POOL_SIZE})`,
    );
    printLoad('before');
    await drive(floor.url, own, 2); // warm both up
    await drive(`${server.url}/v1/sync`, own, 2);
    const floors = new Map<number, Figures>();
    for (const clients of CONCURRENCY) {
      const f = await drive(floor.url, own, clients);
      floors.set(clients, f);
      console.log(row(`floor (bare handler), ${clients} client(s)`, f));
    }
    for (const [label, tokens] of [
      ['separate workspaces', own],
      ['one shared workspace', shared],
    ] as const) {
      for (const clients of CONCURRENCY) {
        await catchUp(`${server.url}/v1/sync`, tokens, clients);
        const before = snapshot(tally);
        const t0 = performance.now();
        const f = await drive(`${server.url}/v1/sync`, tokens, clients);
        const requests = Math.round(f.perSecond * ((performance.now() - t0) / 1000));
        console.log(row(`server, ${clients} client(s), ${label}`, f, floors.get(clients)));
        console.log(profileLine(tally, before, requests, (1000 * clients) / f.perSecond));
      }
    }
    console.log('  targets: ≥ 0.5× the floor req/s; p99 ≤ 100 ms at 16 clients on separate workspaces');
    printLoad('after');
  } finally {
    await floor.close();
    await server.close();
  }
} finally {
  pgServer.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

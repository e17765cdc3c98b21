// scratch A/B, not committed
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../server/serve';
import { openPostgresStore } from '../../server/store/postgres-store';
import { migrate } from '../../server/store/migrations';
import { createToken } from '../../server/tokens';
import { startPostgres } from './lib/postgres';
import { percentile } from './lib/stats';
import { machineLoad } from './lib/machine';
const T = '2026-11-22T10:00:00.000Z';
let seq = 0;
const bodyOf = (c: number, cursor: string | null) => JSON.stringify({ clientId: `c${c}`, cursor, changes: Array.from({ length: 10 }, () => { const id = `n_${c}_${seq++}`; return { mutationId: `m_${id}`, collection: 'notes', key: id, op: 'put', baseVersion: null, clientTime: T, value: { id, accountId: 'a', kind: 'call', text: `t ${id}`, at: T, createdAt: T, updatedAt: T } }; }) });
import { readFileSync, readdirSync } from 'node:fs';
function pgCpuMs(): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      if (comm !== 'postgres') continue;
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      total += (Number(f[11]) + Number(f[12])) * 10;
    } catch {}
  }
  return total;
}
async function drive(url: string, tokens: string[], clients: number, seconds = 2) {
  const pg0 = pgCpuMs(); const cpu0 = process.cpuUsage();
  const lat: number[] = []; const end = performance.now() + seconds * 1000; const s = performance.now();
  await Promise.all(Array.from({ length: clients }, async (_, c) => { let cursor: string | null = null; while (performance.now() < end) { const t0 = performance.now(); const r: Response = await fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${tokens[c]}`, 'Content-Type': 'application/json' }, body: bodyOf(c, cursor) }); if (!r.ok) throw new Error(await r.text()); cursor = ((await r.json()) as { cursor: string }).cursor; lat.push(performance.now() - t0); } }));
  const cpu = process.cpuUsage(cpu0); const pgms = pgCpuMs() - pg0;
  return `cpu/req node ${((cpu.user + cpu.system) / 1000 / lat.length).toFixed(2)} ms pg ${(pgms / lat.length).toFixed(2)} ms; ${(lat.length / ((performance.now() - s) / 1000)).toFixed(0)} req/s p50 ${percentile(lat, 50).toFixed(1)} p99 ${percentile(lat, 99).toFixed(1)}`;
}
const pgs = await startPostgres(); if ('unavailable' in pgs) throw new Error();
const variants = JSON.parse(process.env.VARIANTS ?? '[{"prepare":false,"poolSize":10},{"prepare":true,"poolSize":10},{"prepare":true,"poolSize":20}]');
const servers = [];
for (const [i, v] of variants.entries()) {
  const store = openPostgresStore(pgs.url, v); await migrate(store);
  const tokens = await Promise.all(Array.from({ length: 16 }, async (_, k) => (await createToken(store, `ab-${i}-${k}`, 'rep')).token));
  const shared = await Promise.all(Array.from({ length: 16 }, async (_, k) => (await createToken(store, `ab-${i}-shared`, `rep${k}`)).token));
  const server = await startServer({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'ab-')), store, log: { info() {}, warn() {}, error: console.error }, rateLimit: { burst: 1e6, perSecond: 1e6 } });
  servers.push({ v, url: `${server.url}/v1/sync`, tokens, shared, server });
  await drive(`${server.url}/v1/sync`, tokens, 2, 1);
}
const clientsList = JSON.parse(process.env.CLIENTS ?? '[16]');
for (let round = 0; round < Number(process.env.ROUNDS ?? 3); round++) {
  console.log(machineLoad());
  for (const clients of clientsList) for (const s of servers) {
    console.log(`  ${JSON.stringify(s.v)} ${clients} separate: ${await drive(s.url, s.tokens, clients)}   shared: ${await drive(s.url, s.shared, clients)}`);
  }
}
for (const s of servers) await s.server.close();
pgs.stop();

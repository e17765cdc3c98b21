/**
 * Several server instances, one database (issue 15, item 4): the per-token rate limit lives
 * in the database, so two server PROCESSES on one PostgreSQL share it instead of each
 * granting the full burst. On PGlite a second process cannot open the same data directory
 * at all (one instance, so nothing to split).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../server/store/open-store';
import { createToken } from '../../server/tokens';
import { BACKENDS } from './support/test-server';

const BURST = 6;
const TSX = [process.execPath, ['--import', 'tsx', 'server/cli.ts']] as const;
const children: ChildProcessWithoutNullStreams[] = [];
const dirs: string[] = [];
afterAll(async () => {
  for (const child of children) {
    if (child.exitCode !== null) continue;
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Starts `serve` in its own process; resolves with its URL, or rejects with its error output. */
function serve(data: string, databaseUrl: string): Promise<string> {
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  const args = ['serve', '--port', '0', '--data', data, '--rate-limit', `${BURST}/0.01`];
  const child = spawn(TSX[0], [...TSX[1], ...args], { env });
  children.push(child);
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += String(chunk)));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /on (http:\/\/\S+)/.exec(String(chunk));
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${errors.trim()}`)));
  });
}

const syncAt = (url: string, token: string) =>
  fetch(`${url}/v1/sync`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ clientId: 'c_multi', cursor: null, changes: [] }),
  });

describe.each(BACKENDS)('rate limits across server processes on %s', (backend) => {
  it(`grants one burst of ${BURST} in all, whichever instance answers`, async () => {
    const data = mkdtempSync(join(tmpdir(), 'motive-multi-'));
    dirs.push(data);
    const databaseUrl = backend === 'postgres' ? process.env.TEST_DATABASE_URL! : '';
    const store = await openStore({ dataDir: data, databaseUrl });
    const { token } = await createToken(store, `multi-${Date.now()}`, 'rep');
    await store.close();

    const first = await serve(data, databaseUrl);
    const instances = [first];
    if (backend === 'postgres') instances.push(await serve(data, databaseUrl));
    else await expect(serve(data, databaseUrl)).rejects.toThrow(/in use|locked|running/i);

    const statuses: number[] = [];
    for (let i = 0; i < BURST * 2; i++)
      statuses.push((await syncAt(instances[i % instances.length]!, token)).status);
    console.log(
      `multi-instance (${backend}): ${instances.length} process(es), statuses ${statuses.join(' ')}`,
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(BURST);
    expect(statuses.slice(BURST)).toEqual(Array.from({ length: BURST }, () => 429));
  });
});

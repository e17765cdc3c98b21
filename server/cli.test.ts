/**
 * The server as an operator runs it: CLI token commands, one process per data directory,
 * token commands through the running server, graceful shutdown that finishes requests.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirLockedError, acquireDataDirLock } from './data-dir-lock';
import { startServer } from './serve';
import { openTestStore } from '../tests/sync/support/test-server';
import type { SqlStore } from './store/sql-store';
import { createToken } from './tokens';

const run = promisify(execFile);
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'motive-cli-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

// One node process with tsx's loader: no npx wrapper in between, so signals reach the server.
const TSX = [process.execPath, ['--import', 'tsx', 'server/cli.ts']] as const;
const env = { ...process.env, DATABASE_URL: '' };
const cli = (args: string[]) => run(TSX[0], [...TSX[1], ...args], { env });
const T = '2026-11-22T14:03:11.201Z';
const change = (i: number) => ({
  mutationId: `m_${i}`,
  collection: 'notes',
  key: `n_${i}`,
  op: 'put',
  baseVersion: null,
  clientTime: T,
  value: { id: `n_${i}`, accountId: 'a', kind: 'call', text: `note ${i}`, at: T, createdAt: T, updatedAt: T },
});

describe('server command line', () => {
  it('creates a token (printed last), then serves; token commands go through the running server; SIGTERM stops cleanly', async () => {
    const data = tempDir();
    const created = await cli(['token', 'create', '--workspace', 'acme', '--user', 'ana', '--data', data]);
    const token = created.stdout.trim().split('\n').at(-1)!;
    expect(token).toMatch(/^mtv_[A-Za-z0-9_-]{43}$/); // 256 random bits

    const server = spawn(TSX[0], [...TSX[1], 'serve', '--port', '0', '--data', data], { env });
    const url = await new Promise<string>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => {
        const match = /on (http:\/\/\S+)/.exec(String(chunk));
        if (match) resolve(match[1]!);
      });
      server.on('exit', () => reject(new Error('server exited')));
    });
    try {
      const health = await fetch(`${url}/v1/health`);
      expect(health.status).toBe(200);
      // While it runs, the data directory is locked to it, and token commands go through it.
      expect(() => acquireDataDirLock(data)).toThrow(DataDirLockedError);
      const second = await cli(['token', 'create', '--workspace', 'acme', '--user', 'ben', '--data', data]);
      const listed = await cli(['token', 'list', '--data', data]);
      expect(listed.stdout).toMatch(/acme\tana/);
      expect(listed.stdout).toMatch(/acme\tben/);
      const tokenId = /^(t_[0-9a-f]+)\tacme\tben/m.exec(listed.stdout)![1]!;
      const ben = second.stdout.trim().split('\n').at(-1)!;
      const headers = { Authorization: `Bearer ${ben}`, 'Content-Type': 'application/json' };
      const sync = () =>
        fetch(`${url}/v1/sync`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ clientId: 'c', cursor: null, changes: [] }),
        });
      expect((await sync()).status).toBe(200);
      await cli(['token', 'revoke', tokenId, '--data', data]);
      expect((await sync()).status).toBe(401);
    } finally {
      const exited = new Promise<string>((resolve) =>
        server.on('exit', (code, signal) => resolve(`${code} ${signal}`)),
      );
      let out = '';
      server.stdout.on('data', (c: Buffer) => (out += String(c)));
      server.stderr.on('data', (c: Buffer) => (out += String(c)));
      server.kill('SIGTERM');
      const ended = `${await exited} ${out}`;
      expect(ended).toMatch(/^0 null/); // exit code 0, not killed by the signal
      expect(ended).toContain('finishing in-flight requests');
      expect(ended).not.toMatch(/mtv_/); // auth failures are logged without the token
    }
    expect(existsSync(join(data, 'motive-server.lock'))).toBe(false);
  });

  it('finishes in-flight requests when closed', async () => {
    const data = tempDir();
    const store = await openTestStore('pglite'); // migrated template, in memory: fast
    const { token } = await createToken(store, 'w', 'u');
    // The request is held at its push statement until the server has been asked to stop.
    let entered!: () => void;
    const inside = new Promise<void>((r) => (entered = r));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const gated: SqlStore = {
      ...store,
      async query(text, params) {
        if (text.includes('motive_push')) {
          entered();
          await gate;
        }
        return store.query(text, params);
      },
    };
    const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
    const server = await startServer({ port: 0, dataDir: data, store: gated, log: quiet });
    const inFlight = fetch(`${server.url}/v1/sync`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: JSON.stringify({
        clientId: 'c',
        cursor: null,
        changes: Array.from({ length: 50 }, (_, i) => change(i)),
      }),
    });
    await inside;
    const closing = server.close();
    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { results: unknown[] }).results).toHaveLength(50);
    await closing;
    await expect(fetch(`${server.url}/v1/health`)).rejects.toThrow();
  });
});

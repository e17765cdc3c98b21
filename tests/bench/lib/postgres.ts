/**
 * A throw-away PostgreSQL 15 cluster for benchmarks: initdb in a temp dir, started on a free
 * 127.0.0.1 port as the unprivileged `postgres` user (PostgreSQL refuses to run as root),
 * trust authentication (loopback only), stopped and removed by `stop()`.
 * Returns null (with the reason) when PostgreSQL is not installed.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const BIN = '/usr/lib/postgresql/15/bin';

export interface ThrowAwayPostgres {
  url: string;
  stop(): void;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function asPostgres(args: string[]): void {
  const root = userInfo().uid === 0;
  const [cmd, ...rest] = root ? ['runuser', '-u', 'postgres', '--', ...args] : args;
  const result = spawnSync(cmd!, rest, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args[0]} failed: ${result.stderr || result.stdout}`);
}

export async function startPostgres(): Promise<ThrowAwayPostgres | { unavailable: string }> {
  if (!existsSync(join(BIN, 'initdb'))) return { unavailable: `${BIN}/initdb not found` };
  const dir = mkdtempSync(join(tmpdir(), 'motive-bench-pg-'));
  chmodSync(dir, 0o700);
  if (userInfo().uid === 0) {
    const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gids = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(dir, Number(ids.stdout), Number(gids.stdout));
  }
  const data = join(dir, 'data');
  const port = await freePort();
  asPostgres([`${BIN}/initdb`, '-D', data, '-U', 'bench', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  asPostgres([
    `${BIN}/pg_ctl`,
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-h 127.0.0.1 -p ${port} -k ${dir} -c fsync=on -c max_connections=100`,
    'start',
  ]);
  return {
    url: `postgres://bench@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        asPostgres([`${BIN}/pg_ctl`, '-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * A throw-away PostgreSQL 15 cluster for benchmarks: initdb in a temp dir, started on a free
 * 127.0.0.1 port as the unprivileged `postgres` user (PostgreSQL refuses to run as root),
 * trust authentication (loopback only), stopped and removed by `stop()`.
 * Returns null (with the reason) when PostgreSQL is not installed.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const BIN = '/usr/lib/postgresql/15/bin';

export interface ThrowAwayPostgres {
  url: string;
  /** CPU time used so far by the cluster's processes (Linux /proc; 0 elsewhere). */
  cpuMs(): number;
  stop(): void;
}

/**
 * utime + stime of the postmaster and its children, in ms (clock ticks of 10 ms). A backend
 * that exits keeps the last figure read from it in `seen`, so the sum never goes back.
 */
function clusterCpuMs(data: string, seen: Map<string, number>): number {
  let postmaster: string;
  try {
    postmaster = readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]!.trim();
  } catch {
    return 0;
  }
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      // Fields after the command's closing parenthesis: state, ppid, …, utime (12th), stime (13th).
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      if (pid === postmaster || fields[1] === postmaster)
        seen.set(pid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // The process ended while being read.
    }
  }
  return [...seen.values()].reduce((a, b) => a + b, 0);
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
  const cpuSeen = new Map<string, number>();
  return {
    url: `postgres://bench@127.0.0.1:${port}/postgres`,
    cpuMs: () => clusterCpuMs(data, cpuSeen),
    stop() {
      try {
        asPostgres([`${BIN}/pg_ctl`, '-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

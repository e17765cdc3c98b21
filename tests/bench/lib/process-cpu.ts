/**
 * CPU time by process during a measured phase (hand-written, Linux /proc; empty elsewhere):
 * the Chromium started by this process (its browser processes, where IndexedDB's backend runs,
 * and its renderers: the service worker and pages), this Node process (the in-process
 * reference server), the bench's own PostgreSQL (`extra`), and the whole machine's busy time
 * beside the phase's wall time. A phase whose machine total is near cores × wall was
 * CPU-bound: only less work, not less waiting, makes it faster. Other programs on the machine
 * count only in the machine's total.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';

type Group = string;

export interface CpuSnapshot {
  at: number;
  byPid: Map<string, { group: Group; ms: number }>;
  /** Named figures read elsewhere (the bench's PostgreSQL cluster). */
  extra: Record<string, number>;
  machineBusyMs: number;
}

const TICK_MS = 10;

function groupOf(pid: string, ours: ReadonlySet<string>): Group {
  if (pid === String(process.pid)) return 'this process';
  if (!ours.has(pid)) return 'other';
  const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  if (!cmd.includes('chromium')) return 'other';
  if (cmd.includes('--type=renderer')) return 'chromium renderers';
  return cmd.includes('--type=') ? 'other' : 'chromium browser';
}

/** The processes started (directly or not) by this one. */
function descendants(parents: Map<string, string>): Set<string> {
  const ours = new Set([String(process.pid)]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parents)
      if (!ours.has(pid) && ours.has(parent)) {
        ours.add(pid);
        grew = true;
      }
  }
  return ours;
}

function machineBusyMs(): number {
  try {
    const fields = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    return (fields.reduce((a, b) => a + b, 0) - idle) * TICK_MS;
  } catch {
    return 0;
  }
}

export function cpuSnapshot(extra: Record<string, () => number> = {}): CpuSnapshot {
  const stats = new Map<string, string[]>();
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    // Not Linux: nothing to report.
  }
  for (const pid of pids) {
    try {
      // Fields after the command's closing parenthesis: state, ppid, …, utime (12th), stime (13th).
      stats.set(pid, readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' '));
    } catch {
      // The process ended while being read.
    }
  }
  const ours = descendants(new Map([...stats].map(([pid, fields]) => [pid, fields[1]!])));
  const byPid = new Map<string, { group: Group; ms: number }>();
  for (const [pid, fields] of stats) {
    try {
      const ms = (Number(fields[11]) + Number(fields[12])) * TICK_MS;
      byPid.set(pid, { group: groupOf(pid, ours), ms });
    } catch {
      // The process ended while being read.
    }
  }
  const figures = Object.fromEntries(Object.entries(extra).map(([name, read]) => [name, read()]));
  return { at: performance.now(), byPid, extra: figures, machineBusyMs: machineBusyMs() };
}

/** "chromium browser 1.02 s, chromium renderers 0.93 s, …; machine busy 3.4 of 2 × 1.85 s". */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): string {
  const byGroup = new Map<Group, number>();
  for (const [pid, { group, ms }] of after.byPid) {
    if (group === 'other') continue;
    const used = ms - (before.byPid.get(pid)?.ms ?? 0);
    if (used > 0) byGroup.set(group, (byGroup.get(group) ?? 0) + used);
  }
  for (const [name, ms] of Object.entries(after.extra)) byGroup.set(name, ms - (before.extra[name] ?? 0));
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const groups = [...byGroup].sort((a, b) => b[1] - a[1]).map(([group, ms]) => `${group} ${s(ms)}`);
  const wall = after.at - before.at;
  const machine = `machine busy ${s(after.machineBusyMs - before.machineBusyMs)} of ${cpus().length} × ${s(wall)}`;
  return `${groups.join(', ')}; ${machine}`;
}

/**
 * Waits until the Chromium processes this one started are quiet: at most `busyMs` of CPU in a
 * `windowMs` window, for at most `maxMs`. LevelDB compacts IndexedDB's files in the background
 * for a while after a large write; a phase measured right after the bench's own set-up (10,000
 * notes seeded in one transaction) would be charged for compacting the set-up. Returns the
 * time waited, to be printed beside the figures.
 */
export async function settleBrowser({ windowMs = 250, busyMs = 20, maxMs = 10_000 } = {}): Promise<number> {
  const browserMs = (snapshot: CpuSnapshot) =>
    [...snapshot.byPid.values()]
      .filter(({ group }) => group.startsWith('chromium'))
      .reduce((sum, { ms }) => sum + ms, 0);
  const start = performance.now();
  let before = cpuSnapshot();
  while (performance.now() - start < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const after = cpuSnapshot();
    // A process that ended counts as quiet; one that started counts from zero.
    if (browserMs(after) - browserMs(before) <= busyMs) break;
    before = after;
  }
  return performance.now() - start;
}

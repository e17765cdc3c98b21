/**
 * At most a few pushes of one workspace in flight from this instance at once; the others
 * wait here, first come first served. A workspace's pushes run one at a time anyway, under
 * its row lock (server/store/push-functions.ts): with 16 clients on one workspace, 15
 * backends waited on that lock, and each hand-over woke, rechecked and put them back to
 * sleep. Waiting in Node instead cut PostgreSQL's CPU per push by about a fifth
 * (tests/bench/server-throughput.bench.ts, one shared workspace, 16 clients, on a loaded
 * machine: 1.72–1.94 → 1.23–1.49 ms). Two in flight keep the next push waiting at the lock, so it starts the
 * moment the holder commits instead of one round trip later. Instances sharing a database
 * each keep their own turns; the lock still decides between them.
 */
export const PUSHES_IN_FLIGHT_PER_WORKSPACE = 2;

export interface WorkspaceTurns {
  /** Runs `work` once fewer than the limit of this workspace's works are running. */
  run<T>(workspace: string, work: () => Promise<T>): Promise<T>;
}

export function workspaceTurns(inFlight = PUSHES_IN_FLIGHT_PER_WORKSPACE): WorkspaceTurns {
  const lines = new Map<string, { running: number; waiting: (() => void)[] }>();
  return {
    async run(workspace, work) {
      let line = lines.get(workspace);
      if (line === undefined) {
        line = { running: 0, waiting: [] };
        lines.set(workspace, line);
      }
      // A finished work hands its turn straight to the next in line (`running` unchanged).
      if (line.running < inFlight) line.running++;
      else await new Promise<void>((resolve) => line.waiting.push(resolve));
      try {
        return await work();
      } finally {
        const next = line.waiting.shift();
        if (next !== undefined) next();
        else if (--line.running === 0) lines.delete(workspace);
      }
    },
  };
}

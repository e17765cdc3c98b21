/**
 * One call per workspace in flight from this instance at a time; the pushes that arrive
 * meanwhile wait here and then go together, first come first served, as ONE batch
 * (server/store/push-batch.ts): one call, one lock and one commit for all of them.
 *
 * A workspace's pushes run one at a time anyway, under its row lock
 * (server/store/push-functions.ts). With 16 clients on one workspace, 15 backends waited on
 * that lock, and each hand-over woke, rechecked and put them back to sleep: waiting in Node
 * instead cut PostgreSQL's CPU per push by about a fifth. Two calls in flight then kept the
 * next push waiting at the lock, to start the moment the holder committed; with batches,
 * one call in flight makes bigger batches and nobody waits at the lock, for less CPU per
 * push (tests/bench/server-throughput.bench.ts, one shared workspace, 16 clients, three
 * alternated pairs on a machine at load 4.5–6.4: PostgreSQL 0.91, 1.02, 0.89 → 0.72, 0.84,
 * 0.87 ms per request, this process 1.07, 1.35, 1.17 → 1.00, 1.23, 1.21 ms). Instances
 * sharing a database each keep their own batches; the lock still decides between them.
 */
export const PUSHES_IN_FLIGHT_PER_WORKSPACE = 1;

/** At most this many pushes in one batch: a batch holds the workspace's lock throughout. */
export const PUSHES_PER_BATCH = 16;

export interface BatchLimits<I> {
  /** Batches of one workspace running at once. */
  inFlight?: number;
  /** Items in one batch. */
  perBatch?: number;
  /** An item's weight (a push: its changes); a batch weighs at most `maxWeight`, or holds one item. */
  weigh?: (item: I) => number;
  maxWeight?: number;
}

/** One item's outcome in a batch: an item may fail while the others succeed. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Runs a workspace's items together, answering one outcome per item, in order. */
export type RunBatch<I, O> = (workspace: string, items: I[]) => Promise<Outcome<O>[]>;

export interface WorkspaceBatches<I, O> {
  /** Runs `item` in the next batch of its workspace that has room; resolves with its outcome. */
  run(workspace: string, item: I): Promise<O>;
}

interface Waiting<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

export function workspaceBatches<I, O>(
  runBatch: RunBatch<I, O>,
  {
    inFlight = PUSHES_IN_FLIGHT_PER_WORKSPACE,
    perBatch = PUSHES_PER_BATCH,
    weigh = () => 1,
    maxWeight = Infinity,
  }: BatchLimits<I> = {},
): WorkspaceBatches<I, O> {
  const lines = new Map<string, { running: number; waiting: Waiting<I, O>[] }>();

  const start = (workspace: string) => {
    const line = lines.get(workspace)!;
    while (line.running < inFlight && line.waiting.length > 0) {
      let [count, weight] = [0, 0];
      for (const { item } of line.waiting) {
        weight += weigh(item);
        if (count === perBatch || (count > 0 && weight > maxWeight)) break;
        count++;
      }
      const batch = line.waiting.splice(0, count);
      line.running++;
      void settle(workspace, batch).finally(() => {
        line.running--;
        if (line.running === 0 && line.waiting.length === 0) lines.delete(workspace);
        else start(workspace);
      });
    }
  };

  const settle = async (workspace: string, batch: Waiting<I, O>[]) => {
    try {
      const outcomes = await runBatch(
        workspace,
        batch.map((w) => w.item),
      );
      batch.forEach((w, i) => {
        const outcome = outcomes[i];
        if (outcome === undefined)
          w.reject(new Error(`batch answered ${outcomes.length} of ${batch.length}`));
        else if (outcome.ok) w.resolve(outcome.value);
        else w.reject(outcome.error);
      });
    } catch (error) {
      // The whole call failed (a lost connection, say): each client re-sends its push, which
      // is idempotent whether or not the batch committed.
      for (const w of batch) w.reject(error);
    }
  };

  return {
    run(workspace, item) {
      let line = lines.get(workspace);
      if (line === undefined) {
        line = { running: 0, waiting: [] };
        lines.set(workspace, line);
      }
      const answer = new Promise<O>((resolve, reject) => line.waiting.push({ item, resolve, reject }));
      start(workspace);
      return answer;
    },
  };
}

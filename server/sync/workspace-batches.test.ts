import { describe, expect, it } from 'vitest';
import { workspaceBatches, type Outcome } from './workspace-batches';

/** A batch runner that logs each batch it is given and answers only when told to. */
function gatedRunner() {
  const batches: {
    workspace: string;
    items: string[];
    answer: (outcomes?: Outcome<string>[]) => void;
    fail: () => void;
  }[] = [];
  const run = (workspace: string, items: string[]) =>
    new Promise<Outcome<string>[]>((resolve, reject) => {
      batches.push({
        workspace,
        items,
        answer: (outcomes) => resolve(outcomes ?? items.map((item) => ({ ok: true, value: `done ${item}` }))),
        fail: () => reject(new Error(`lost ${items.join('+')}`)),
      });
    });
  return { batches, run };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

/**
 * One call in flight per workspace: `a` runs alone and is answered; `b` and `c`, which waited
 * behind it, are now the second batch, not yet answered.
 */
async function batchWaitingBehindA() {
  const { batches, run } = gatedRunner();
  const queue = workspaceBatches(run, { inFlight: 1 });
  const first = queue.run('w', 'a');
  const waited = [queue.run('w', 'b'), queue.run('w', 'c')] as const;
  await tick();
  batches[0]!.answer();
  await tick();
  return { batches, queue, first, waited };
}

describe('workspace batches', () => {
  it('runs at most two batches of a workspace at once; the items that waited go together, in order', async () => {
    const { batches, run } = gatedRunner();
    const queue = workspaceBatches(run, { inFlight: 2 });
    const answers = ['a', 'b', 'c', 'd', 'e'].map((item) => queue.run('w', item));
    await tick();
    expect(batches.map((b) => b.items)).toEqual([['a'], ['b']]);
    batches[1]!.answer();
    await tick();
    expect(batches.map((b) => b.items)).toEqual([['a'], ['b'], ['c', 'd', 'e']]);
    batches[0]!.answer();
    batches[2]!.answer();
    expect(await Promise.all(answers)).toEqual(['done a', 'done b', 'done c', 'done d', 'done e']);
  });

  it('by default runs one batch of a workspace at a time, and sends what waited as the next', async () => {
    const { batches, run } = gatedRunner();
    const queue = workspaceBatches(run);
    const answers = ['a', 'b', 'c'].map((item) => queue.run('w', item));
    await tick();
    expect(batches.map((b) => b.items)).toEqual([['a']]);
    batches[0]!.answer();
    await tick();
    expect(batches.map((b) => b.items)).toEqual([['a'], ['b', 'c']]);
    batches[1]!.answer();
    await Promise.all(answers);
  });

  it('puts at most `perBatch` items in one batch', async () => {
    const { batches, run } = gatedRunner();
    const queue = workspaceBatches(run, { inFlight: 1, perBatch: 2 });
    const answers = ['a', 'b', 'c', 'd'].map((item) => queue.run('w', item));
    await tick();
    batches[0]!.answer();
    await tick();
    batches[1]!.answer();
    await tick();
    batches[2]!.answer();
    await Promise.all(answers);
    expect(batches.map((b) => b.items)).toEqual([['a'], ['b', 'c'], ['d']]);
  });

  it('puts no more weight in a batch than `maxWeight`, but always at least one item', async () => {
    const { batches, run } = gatedRunner();
    const queue = workspaceBatches(run, { inFlight: 1, weigh: (item) => item.length, maxWeight: 4 });
    const answers = ['a', 'bb', 'cc', 'ddddddd', 'e'].map((item) => queue.run('w', item));
    for (let i = 0; i < 4; i++) {
      await tick();
      batches[i]!.answer();
    }
    await Promise.all(answers);
    expect(batches.map((b) => b.items)).toEqual([['a'], ['bb', 'cc'], ['ddddddd'], ['e']]);
  });

  it('never holds up another workspace', async () => {
    const { batches, run } = gatedRunner();
    const queue = workspaceBatches(run, { inFlight: 1 });
    const answers = [queue.run('w1', 'a'), queue.run('w2', 'b')];
    await tick();
    expect(batches.map((b) => [b.workspace, b.items])).toEqual([
      ['w1', ['a']],
      ['w2', ['b']],
    ]);
    for (const b of batches) b.answer();
    await Promise.all(answers);
  });

  it('answers each item its own outcome: one that failed fails alone', async () => {
    const { batches, first, waited } = await batchWaitingBehindA();
    const [b, c] = waited;
    batches[1]!.answer([
      { ok: false, error: new Error('b refused') },
      { ok: true, value: 'done c' },
    ]);
    expect(await first).toBe('done a');
    await expect(b).rejects.toThrow('b refused');
    expect(await c).toBe('done c');
  });

  it('fails every item of a batch whose call failed, and runs the next batch', async () => {
    const { batches, queue, first, waited } = await batchWaitingBehindA();
    const next = queue.run('w', 'd');
    batches[1]!.fail();
    await expect(waited[0]).rejects.toThrow('lost b+c');
    await expect(waited[1]).rejects.toThrow('lost b+c');
    await tick();
    expect(batches.map((b) => b.items)).toEqual([['a'], ['b', 'c'], ['d']]);
    batches[2]!.answer();
    expect([await first, await next]).toEqual(['done a', 'done d']);
  });

  it('refuses a batch answered with fewer outcomes than items', async () => {
    const { batches, first, waited } = await batchWaitingBehindA();
    const [b, c] = waited;
    batches[1]!.answer([{ ok: true, value: 'done b' }]);
    await first;
    expect(await b).toBe('done b');
    await expect(c).rejects.toThrow('batch answered 1 of 2');
  });
});

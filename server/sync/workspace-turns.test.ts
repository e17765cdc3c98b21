import { describe, expect, it } from 'vitest';
import { workspaceTurns } from './workspace-turns';

/** A work that records when it starts and ends only when `finish` is called. */
function gate(log: string[], name: string) {
  let finish!: (fail?: boolean) => void;
  const done = new Promise<void>((resolve, reject) => {
    finish = (fail) => (fail ? reject(new Error(name)) : resolve());
  });
  return {
    work: async () => {
      log.push(`start ${name}`);
      await done;
      return name;
    },
    finish: (fail?: boolean) => finish(fail),
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('workspace turns', () => {
  it('runs at most two works of a workspace at once, the others in the order they came', async () => {
    const turns = workspaceTurns(2);
    const log: string[] = [];
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((name) => gate(log, name));
    const results = [a!, b!, c!, d!].map((g) => turns.run('w', g.work));
    await tick();
    expect(log).toEqual(['start a', 'start b']);
    b!.finish();
    await tick();
    expect(log).toEqual(['start a', 'start b', 'start c']);
    a!.finish();
    c!.finish();
    d!.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd']);
    expect(log).toEqual(['start a', 'start b', 'start c', 'start d']);
  });

  it('never holds up another workspace', async () => {
    const turns = workspaceTurns(1);
    const log: string[] = [];
    const [a, b] = [gate(log, 'a'), gate(log, 'b')];
    const results = [turns.run('w1', a.work), turns.run('w2', b.work)];
    await tick();
    expect(log).toEqual(['start a', 'start b']);
    a.finish();
    b.finish();
    await Promise.all(results);
  });

  it('passes the turn on when a work fails', async () => {
    const turns = workspaceTurns(1);
    const log: string[] = [];
    const [a, b] = [gate(log, 'a'), gate(log, 'b')];
    const failed = turns.run('w', a.work);
    const next = turns.run('w', b.work);
    a.finish(true);
    await expect(failed).rejects.toThrow('a');
    await tick();
    expect(log).toEqual(['start a', 'start b']);
    b.finish();
    expect(await next).toBe('b');
  });
});

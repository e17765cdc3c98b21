import { describe, expect, it, vi } from 'vitest';
import type { CaptionLine } from '../../messaging/page-context';
import { createCaptionSendQueue } from './caption-send-queue';
import { virtualClock } from './test-clock';

const line = (n: number): CaptionLine => ({
  id: `l${n}`,
  speaker: 'Dana',
  text: `line ${n}`,
  at: new Date(n * 1000).toISOString(),
});

/** A hand-run timer: `tick()` runs what is due, in order. */
function manualTimers() {
  const due: (() => void)[] = [];
  return {
    setTimer: (run: () => void) => due.push(run),
    async tick() {
      for (const run of due.splice(0)) run();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

/** Lets settled promises' callbacks run (the queue awaits each send). */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('caption send queue', () => {
  it('sends new lines without a wait, and lines heard during a send together once it is answered', async () => {
    const clock = virtualClock();
    const sent: string[][] = [];
    let answer: () => void = () => undefined;
    const send = (lines: CaptionLine[]) => {
      sent.push(lines.map((l) => l.id));
      return new Promise<void>((resolve) => (answer = resolve));
    };
    const queue = createCaptionSendQueue({ send, setTimer: clock.setTimer });

    queue.push([line(1)]);
    clock.advance(0);
    queue.push([line(2)]);
    queue.push([line(3)]);
    clock.advance(5_000); // the background has not answered yet
    const duringTheSend = sent.length;
    answer();
    await settle();
    clock.advance(0);

    expect([duringTheSend, sent]).toEqual([1, [['l1'], ['l2', 'l3']]]);
  });

  it('sends new lines at once and waits longer before each new try of a failed batch', async () => {
    const clock = virtualClock();
    const pauses: number[] = [];
    const setTimer = (run: () => void, ms: number) => {
      pauses.push(ms);
      clock.setTimer(run, ms);
    };
    const send = () => Promise.reject(new Error('Could not establish connection'));
    const queue = createCaptionSendQueue({ send, setTimer, warn: () => undefined });

    queue.push([line(1)]);
    for (let i = 0; i < 6; i++) {
      clock.advance(10_000);
      await settle();
    }

    // Five tries in all, then the batch is dropped.
    expect([pauses, queue.size]).toEqual([[0, 400, 800, 1600, 3200], 0]);
  });

  it('puts the lines of a failed send back in front and sends them again, before newer lines', async () => {
    const timers = manualTimers();
    const sent: string[][] = [];
    const send = vi
      .fn<(lines: CaptionLine[]) => Promise<unknown>>()
      .mockRejectedValueOnce(new Error('Could not establish connection'))
      .mockImplementation((lines) => {
        sent.push(lines.map((l) => l.id));
        return Promise.resolve();
      });
    const warn = vi.fn();
    const queue = createCaptionSendQueue({ send, setTimer: timers.setTimer, warn });

    queue.push([line(1), line(2)]);
    await timers.tick(); // the send fails
    queue.push([line(3)]);
    await timers.tick(); // the retry carries everything, oldest first

    expect(sent).toEqual([['l1', 'l2', 'l3']]);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/not delivered \(try 1 of 5\)/),
      expect.any(Error),
    );
    expect(queue.size).toBe(0);
  });

  it('gives a batch up after the last try, with a warning, and goes on with later lines', async () => {
    const timers = manualTimers();
    const send = vi.fn<(lines: CaptionLine[]) => Promise<unknown>>().mockRejectedValue(new Error('refused'));
    const warn = vi.fn();
    const queue = createCaptionSendQueue({ send, setTimer: timers.setTimer, warn, maxTries: 2 });

    queue.push([line(1)]);
    await timers.tick();
    await timers.tick();

    expect(send).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenLastCalledWith(
      expect.stringMatching(/after 2 tries; 1 lines dropped/),
      expect.any(Error),
    );
    expect(queue.size).toBe(0);
  });

  it('drops what is queued when cleared (caption reading switched off)', async () => {
    const timers = manualTimers();
    const send = vi.fn(() => Promise.resolve());
    const queue = createCaptionSendQueue({ send, setTimer: timers.setTimer });

    queue.push([line(1)]);
    queue.clear();
    await timers.tick();

    expect(send).not.toHaveBeenCalled();
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { CaptionLine } from '../../messaging/page-context';
import { createCaptionSendQueue } from './caption-send-queue';

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

describe('caption send queue', () => {
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

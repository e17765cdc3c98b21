import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { createRuntimeRouter } from './runtime-router';

type Listener = (
  message: unknown,
  sender: Browser.runtime.MessageSender,
  respond: (a: unknown) => void,
) => boolean;

function harness() {
  let listener: Listener | undefined;
  const router = createRuntimeRouter((l) => {
    listener = l as unknown as Listener;
  });
  const send = (message: unknown) =>
    new Promise<{ handled: boolean; answer?: unknown }>((resolve) => {
      const handled =
        listener?.(message, { id: 'motive' }, (answer) => resolve({ handled: true, answer })) ?? false;
      if (!handled) resolve({ handled: false });
    });
  return { router, send };
}

const envelope = (type: string, data: unknown = {}) => ({ id: 1, type, data, timestamp: 1 });

describe('runtime router', () => {
  it('answers a registered type with the handler’s result', async () => {
    const { router, send } = harness();
    router.on('getSyncStatus', ({ data }) => ({ echoed: data }));
    expect(await send(envelope('getSyncStatus', { a: 1 }))).toEqual({
      handled: true,
      answer: { res: { echoed: { a: 1 } } },
    });
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'does not answer a message typed %s (nothing inherited is a handler)',
    async (type) => {
      const { router, send } = harness();
      router.on('getSyncStatus', () => 'ok');
      expect(await send(envelope(type))).toEqual({ handled: false });
    },
  );

  it('sends failures without a stack trace, a cause or extra fields', async () => {
    const { router, send } = harness();
    router.on('syncNow', () => {
      const error = new Error('Rejected: invalid endpoint.', { cause: new Error('inner /srv/secret.ts') });
      Object.assign(error, { detail: 'internal' });
      throw error;
    });
    const { answer } = await send(envelope('syncNow'));
    expect(answer).toEqual({ err: { name: 'Error', message: 'Rejected: invalid endpoint.', stack: '' } });
  });

  it('ignores messages that are not envelopes', async () => {
    const { router, send } = harness();
    router.on('syncNow', vi.fn());
    expect(await send('syncNow')).toEqual({ handled: false });
    expect(await send({ type: 'syncNow' })).toEqual({ handled: false });
  });

  it('keeps one receiver per type in a context', () => {
    const { router } = harness();
    router.on('syncNow', vi.fn());
    expect(() => router.on('syncNow', vi.fn())).toThrow(/already registered/);
  });
});

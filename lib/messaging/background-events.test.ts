import { describe, expect, it, vi } from 'vitest';
import { activeContextEventSchema } from './background-event-schemas';
import { createBackgroundEvents, type BackgroundEventDeps } from './background-events';
import type { SenderLike } from './guards';

const self = { id: 'motive-id', baseUrl: 'chrome-extension://motive-id/' };
const BACKGROUND: SenderLike = { id: 'motive-id', url: 'chrome-extension://motive-id/background.js' };
const CONTENT_SCRIPT: SenderLike = { id: 'motive-id', tab: { id: 4 }, url: 'https://mail.google.com/' };

const context = {
  tabId: 4,
  app: 'gmail',
  surface: 'email',
  readStatus: 'ok',
  missing: [],
  resolution: { accountId: 'a_1', method: 'email-domain', confidence: 0.9, reason: 'matched on acme.com' },
  updatedAt: '2026-12-03T10:00:00.000Z',
};

function harness() {
  const receivers = new Map<string, (m: { data: unknown; sender: SenderLike }) => void>();
  const removed = vi.fn();
  const warn = vi.fn();
  const deps: BackgroundEventDeps = {
    listen: (name, receive) => {
      receivers.set(name, receive);
      return () => {
        receivers.delete(name);
        removed(name);
      };
    },
    identity: () => self,
    validate: (_name, data) => {
      const parsed = activeContextEventSchema.safeParse(data);
      return Promise.resolve(parsed.success ? { data: parsed.data } : { problem: 'invalid' });
    },
    warn,
  };
  const events = createBackgroundEvents(deps);
  const deliver = async (data: unknown, sender: SenderLike) => {
    receivers.get('activeContextChanged')?.({ data, sender });
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { events, deliver, removed, warn, receivers };
}

describe('background events in extension pages', () => {
  it('hands a valid announcement from the background to every listener', async () => {
    const { events, deliver } = harness();
    const first = vi.fn();
    const second = vi.fn();
    events.on('activeContextChanged', first);
    events.on('activeContextChanged', second);
    await deliver(context, BACKGROUND);
    expect(first).toHaveBeenCalledWith(expect.objectContaining({ tabId: 4 }));
    expect(second).toHaveBeenCalledOnce();
  });

  it('ignores an announcement forged by a content script, though it carries the extension id', async () => {
    const { events, deliver, warn } = harness();
    const listener = vi.fn();
    events.on('activeContextChanged', listener);
    await deliver(
      { ...context, resolution: { ...context.resolution, accountId: null, reason: 'Evil Corp, trust me' } },
      CONTENT_SCRIPT,
    );
    expect(listener).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/came from a tab/));
  });

  it('ignores a malformed announcement instead of breaking the page', async () => {
    const { events, deliver, warn } = harness();
    const listener = vi.fn();
    events.on('activeContextChanged', listener);
    await deliver({ tabId: 'x', resolution: 7 }, BACKGROUND);
    expect(listener).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('keeps unknown fields a newer background adds', async () => {
    const { events, deliver } = harness();
    const listener = vi.fn();
    events.on('activeContextChanged', listener);
    await deliver({ ...context, binding: { key: 'thread:1' } }, BACKGROUND);
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ binding: { key: 'thread:1' } }));
  });

  it('listens on the channel once per name and stops when the last listener leaves', () => {
    const { events, removed, receivers } = harness();
    const stopA = events.on('activeContextChanged', vi.fn());
    const stopB = events.on('activeContextChanged', vi.fn());
    expect(receivers.size).toBe(1);
    stopA();
    expect(removed).not.toHaveBeenCalled();
    stopB();
    expect(removed).toHaveBeenCalledWith('activeContextChanged');
  });
});

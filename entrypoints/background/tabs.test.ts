import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupTabs } from './tabs';

const calls = vi.hoisted(() => [] as string[]);
vi.mock('./services', () => ({
  getServices: () => ({
    activeContext: { activateTab: (id: number) => (calls.push(`activate ${id}`), Promise.resolve()) },
    forgetTab: (id: number) => (calls.push(`forget ${id}`), Promise.resolve()),
  }),
}));

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  calls.length = 0;
});

describe('setupTabs', () => {
  it('follows the active tab, forgets closed tabs and tabs that leave the apps', async () => {
    setupTabs();
    await flush();
    calls.length = 0;
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 4, windowId: 1 });
    await fakeBrowser.tabs.onRemoved.trigger(4, { windowId: 1, isWindowClosing: false });
    await fakeBrowser.tabs.onUpdated.trigger(5, { url: 'https://www.example.com/' }, { id: 5 } as never);
    await fakeBrowser.tabs.onUpdated.trigger(6, { url: 'https://mail.google.com/mail/u/0/#inbox' }, {
      id: 6,
    } as never);
    await flush();
    expect(calls).toEqual(['activate 4', 'forget 4', 'forget 5']);
  });
});

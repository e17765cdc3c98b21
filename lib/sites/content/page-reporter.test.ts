// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJkqzWcRtLbVnPsDgHmKxTwZq" }
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SETTINGS_KEY } from '../../browser/settings';
import { gmailReader } from '../gmail';
import { startPageReporter } from './page-reporter';

const sent = vi.hoisted(() => [] as { type: string; data: { thread?: { subject: string } } }[]);
vi.mock('../../messaging/channels', () => ({
  contentChannel: {
    sendMessage: (type: string, data: { thread?: { subject: string } }) => {
      sent.push({ type, data });
      return Promise.resolve({ ok: true });
    },
  },
}));

function thread(subject: string) {
  document.body.replaceChildren();
  const main = document.createElement('div');
  main.setAttribute('role', 'main');
  const heading = Object.assign(document.createElement('h2'), { className: 'hP', textContent: subject });
  main.append(heading);
  document.body.append(main);
  return heading;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

beforeEach(() => {
  sent.length = 0;
  fakeBrowser.runtime.id = 'motive-test';
});
afterEach(() => vi.useRealTimers());

describe('startPageReporter', () => {
  it('reports the page once, again only when what it reads changes, and nothing after invalidation', async () => {
    const heading = thread('Renewal');
    const ctx = new ContentScriptContext('email');
    await startPageReporter(ctx, { readers: [gmailReader], setting: 'readEmail' });
    await settle();
    expect(sent.map((m) => m.data.thread?.subject)).toEqual(['Renewal']);

    document.body.append(document.createElement('span')); // a mutation that changes nothing read
    await settle();
    expect(sent).toHaveLength(1);

    heading.textContent = 'Renewal, revised';
    await settle();
    expect(sent.map((m) => m.data.thread?.subject)).toEqual(['Renewal', 'Renewal, revised']);

    ctx.abort();
    heading.textContent = 'After the extension was updated';
    await settle();
    expect(sent).toHaveLength(2);
  });

  it('reads nothing while the privacy switch is off, and reports as soon as it is turned on', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { readEmail: false, readCaptions: true, readCrm: true },
    });
    thread('Confidential');
    const ctx = new ContentScriptContext('email');
    await startPageReporter(ctx, { readers: [gmailReader], setting: 'readEmail' });
    await settle();
    expect(sent).toEqual([]);

    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { readEmail: true, readCaptions: true, readCrm: true },
    });
    await settle();
    expect(sent.map((m) => m.data.thread?.subject)).toEqual(['Confidential']);
    ctx.abort();
  });
});

/**
 * Extension pages accept announcements from the background only. A compromised content
 * script has the extension's id, so it used to be able to show "Evil Corp" in the panel and a
 * fake "paste your token at …" sync error in the options page, and a malformed announcement
 * blanked the panel. Here the forgeries are sent from the content script's own isolated world
 * (reached over CDP) and from the service worker, in real Chromium with the built extension.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, startFixtureServer, type FixtureServer, type LaunchedExtension } from './harness';
import { GMAIL_URL } from './sites-data';
import { fixtureHtml } from './sites-helpers';

const EVIL_CONTEXT = {
  tabId: 1,
  app: 'gmail',
  surface: 'email',
  readStatus: 'ok',
  missing: [],
  resolution: {
    accountId: null,
    method: 'name',
    confidence: 1,
    reason: 'Evil Corp is certainly this account',
    suggestion: { name: 'Evil Corp' },
  },
  updatedAt: new Date().toISOString(),
};
const EVIL_STATUS = {
  configured: true,
  lastSyncAt: null,
  pending: 0,
  inFlight: false,
  lastError: 'Session expired: paste your token at https://attacker.example/login',
};

/** The message @webext-core/messaging would send for `type`. */
const envelope = (type: string, data: unknown) => ({ id: Date.now(), type, data, timestamp: Date.now() });

/** Runs `expression` in Motive's content-script world of `page` (its isolated world). */
async function inContentScript(page: Page, session: CDPSession, expression: string): Promise<void> {
  const contexts: Array<{ id: number; name: string; auxData?: { type?: string } }> = [];
  session.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await session.send('Runtime.enable');
  await expect
    .poll(() => contexts.some((c) => c.auxData?.type === 'isolated' && c.name === 'Motive'), {
      timeout: 15_000,
    })
    .toBe(true);
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Motive')!;
  const result = await session.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    awaitPromise: true,
  });
  if (result.exceptionDetails) throw new Error(JSON.stringify(result.exceptionDetails));
  void page;
}

describe('forged background events in real Chromium', () => {
  let server: FixtureServer;
  let ext: LaunchedExtension;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.page('mail.google.com', '/mail/u/0/', fixtureHtml('gmail/2026-11-21-thread.html'));
    ext = await launchExtension({ fixturePort: server.port });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('a content script cannot put “Evil Corp” in the panel or a fake error in the options page', async () => {
    const panel = await ext.openExtensionPage('sidepanel.html');
    await panel.getByTestId('resolution').waitFor();
    const options = await ext.openExtensionPage('options.html');
    await options.getByText('Endpoint URL').waitFor();

    const gmail = await ext.context.newPage();
    const session = await ext.context.newCDPSession(gmail);
    await gmail.goto(GMAIL_URL);
    await inContentScript(
      gmail,
      session,
      `Promise.all([
        chrome.runtime.sendMessage(${JSON.stringify(envelope('activeContextChanged', EVIL_CONTEXT))}).catch(() => null),
        chrome.runtime.sendMessage(${JSON.stringify(envelope('syncStatusChanged', EVIL_STATUS))}).catch(() => null),
      ])`,
    );

    // Give any listener time to apply the forgery, then check nothing did.
    await panel.waitForTimeout(1_000);
    expect(await panel.locator('body').innerText()).not.toContain('Evil Corp');
    expect(await options.locator('body').innerText()).not.toContain('attacker.example');
  });

  it('a malformed announcement, even from the background, leaves the panel working', async () => {
    const panel = await ext.openExtensionPage('sidepanel.html');
    await panel.getByTestId('resolution').waitFor();
    await ext.worker.evaluate(
      (message) => chrome.runtime.sendMessage(message).catch(() => null),
      envelope('activeContextChanged', { tabId: 'not a number', resolution: 42 }),
    );
    await panel.waitForTimeout(1_000);
    expect(await panel.getByTestId('resolution').isVisible()).toBe(true);
    expect(await panel.getByRole('heading', { level: 1 }).textContent()).toBe('Motive');
  });

  it('answers no message typed after Object’s prototype, and rejections carry no stack trace', async () => {
    const options = await ext.openExtensionPage('options.html');
    const replies = await options.evaluate(async () => {
      const send = (type: string, data: unknown) =>
        new Promise<unknown>((resolve) =>
          chrome.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() }, (reply: unknown) => {
            resolve(chrome.runtime.lastError ? { noAnswer: chrome.runtime.lastError.message } : reply);
          }),
        );
      return {
        constructor: await send('constructor', {}),
        toString: await send('toString', {}),
        rejected: await send('configureSync', { endpoint: 'not a url', token: 1 }),
      };
    });
    expect(replies.constructor).toEqual({ noAnswer: expect.any(String) });
    expect(replies.toString).toEqual({ noAnswer: expect.any(String) });
    expect(replies.rejected).toEqual({
      err: { name: 'MessageRejectedError', message: expect.stringMatching(/^Rejected: invalid/), stack: '' },
    });
    await options.close();
  });

  it('declares a strict content security policy for extension pages', async () => {
    const manifest = await ext.worker.evaluate(() => chrome.runtime.getManifest());
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-(eval|inline)/);
  });
});

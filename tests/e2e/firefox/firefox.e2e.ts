/**
 * Motive in real Firefox: Debian's Firefox ESR, headless over WebDriver BiDi, with the BUILT
 * Firefox extension installed. App pages are served under their real hostnames (a CONNECT
 * proxy to the local fixture server), so the production content-script matches run.
 * Covers: the sidebar opens and renders; a content script on a Gmail page reports to the
 * background and the sidebar shows that thread's account; a note typed in the panel syncs to
 * the reference server.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../harness';
import { startReferenceServer, type ReferenceServer } from '../harness/reference-server';
import { account } from '../panel-seed';
import {
  clickButton,
  fillByLabel,
  seedAccounts,
  sendPanelMessage,
  sidebarText,
  waitForDatabase,
} from './firefox-idb';
import { launchFirefox, type LaunchedFirefox } from './launch-firefox';

const GMAIL_THREAD = readFileSync(resolve('tests/fixtures/sites/gmail/2026-11-21-thread.html'), 'utf8');
import { GMAIL_URL } from '../sites-data';
const NOTE = 'Firefox note: procurement signs off on the 14th.';

describe('Motive in real Firefox (firefox-esr, WebDriver BiDi)', () => {
  let server: ReferenceServer;
  let token: string;
  let fixtures: FixtureServer;
  let firefox: LaunchedFirefox;
  let home: Page;

  beforeAll(async () => {
    server = await startReferenceServer('ff-team');
    token = server.token;
    fixtures = await startFixtureServer();
    fixtures.page('mail.google.com', '/mail/u/0/', GMAIL_THREAD);
    firefox = await launchFirefox({ fixturePort: fixtures.port });
    home = await firefox.openExtensionPage('options.html');
    await waitForDatabase(home);
    await seedAccounts(home, [account({ id: 'a_acme_ff', name: 'Acme Corporation', domain: 'acme.com' })]);
  });
  afterAll(async () => {
    await firefox?.close();
    await fixtures?.close();
    await server?.close();
  });

  it('opens the sidebar at install and renders the panel in it', async () => {
    await expect.poll(async () => (await sidebarText(home)).length, { timeout: 20_000 }).toBe(1);
    await expect.poll(async () => (await sidebarText(home))[0], { timeout: 20_000 }).toMatch(/^Motive/);
  });

  it('reads a Gmail thread under its real hostname; the sidebar shows that thread’s account', async () => {
    const gmail = await firefox.browser.newPage();
    await gmail.goto(GMAIL_URL);
    await gmail.bringToFront();
    await expect
      .poll(async () => (await sidebarText(home))[0] ?? '', { timeout: 20_000 })
      .toContain('Acme Corporation');
    expect(firefox.proxy.refused).not.toContain('mail.google.com');
    await gmail.close();
  });

  it('configures sync in the options page and a note typed in the panel reaches the reference server', async () => {
    await fillByLabel(home, 'Endpoint URL', server.url);
    await fillByLabel(home, 'Access token', token);
    await clickButton(home, 'Save');
    await expect
      .poll(
        async () =>
          ((await sendPanelMessage(home, 'getSyncStatus', {})).res as { configured?: boolean })?.configured,
        {
          timeout: 15_000,
        },
      )
      .toBe(true);

    const panel = await firefox.openExtensionPage('sidepanel.html?account=a_acme_ff');
    await panel.waitForSelector('[data-testid="workspace"]', { timeout: 20_000 });
    await panel.keyboard.press('n');
    await panel.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA', { timeout: 10_000 });
    await panel.keyboard.type(NOTE);
    await panel.keyboard.down('Control');
    await panel.keyboard.press('Enter');
    await panel.keyboard.up('Control');
    await panel.waitForFunction(() => /Note saved at \d\d:\d\d/.test(document.body.innerText), {
      timeout: 10_000,
    });

    await sendPanelMessage(home, 'syncNow', {});
    const pulled = await fetch(`${server.url}/v1/sync`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: 'ff-check', cursor: null, changes: [] }),
    }).then(
      (r) =>
        r.json() as Promise<{
          changes: Array<{ collection: string; value?: { text?: string; accountId?: string } }>;
        }>,
    );
    const note = pulled.changes.find((c) => c.collection === 'notes' && c.value?.text === NOTE);
    expect(note?.value?.accountId).toBe('a_acme_ff');
    await panel.close();
  });
});

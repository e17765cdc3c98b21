/**
 * A hostile page cannot switch Motive off in its tab, nor learn that Motive runs there.
 * WXT's stock content-script context posted "content-script-started" (with the extension id)
 * to every window listener and stopped itself on a replay of that event; Motive's build
 * replaces it (lib/sites/content/private-context.ts). Checked on the built extension in
 * Chromium, on a Gmail thread served under mail.google.com.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, startFixtureServer, type FixtureServer, type LaunchedExtension } from './harness';
import { GMAIL_URL } from './sites-data';
import { fixtureHtml, tableRows } from './sites-helpers';

/** Records every window message the page receives. */
const SPY = `<script>
  window.__seen = [];
  window.addEventListener('message', (e) => window.__seen.push(JSON.stringify(e.data)));
</script>`;

interface ContextRow {
  context: { app: string; thread?: { subject: string } };
}

const subjects = async (ext: LaunchedExtension) =>
  (await tableRows<ContextRow>(ext.worker, 'pageContexts'))
    .filter((row) => row.context.app === 'gmail')
    .map((row) => row.context.thread?.subject ?? '');

describe('a hostile page in real Chromium', () => {
  let server: FixtureServer;
  let ext: LaunchedExtension;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.page(
      'mail.google.com',
      '/mail/u/0/',
      fixtureHtml('gmail/2026-11-21-thread.html').replace('<head>', `<head>${SPY}`),
    );
    ext = await launchExtension({ fixturePort: server.port });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('hears nothing from Motive, and replaying WXT’s started event does not stop it reading', async () => {
    const page = await ext.context.newPage();
    await page.goto(GMAIL_URL);
    await expect.poll(() => subjects(ext), { timeout: 15_000 }).not.toEqual([]);

    // The page knows the public extension id (store ids are public) and replays the event
    // WXT's context listens for, for every content script name, both ways WXT sent it.
    await page.evaluate((id) => {
      for (const name of ['email', 'call', 'crm']) {
        const type = `${id}:${name}:wxt:content-script-started`;
        document.dispatchEvent(
          new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'evil' } }),
        );
        window.postMessage({ type, contentScriptName: name, messageId: 'evil' }, '*');
      }
    }, ext.extensionId);

    await page.evaluate(() => {
      const subject = document.querySelector('h2.hP');
      if (subject) subject.textContent = 'Still read after the replay';
    });
    await expect.poll(() => subjects(ext), { timeout: 15_000 }).toContain('Still read after the replay');

    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    // Only the page's own replays: Motive itself posted nothing a page can hear.
    expect(seen.filter((m) => !m.includes('evil'))).toEqual([]);
    await page.close();
  });
});

/**
 * Reading a page must not make the page do anything again. Cloning a message body into the
 * live document (what Motive once did) makes Chromium fetch its images again and run their
 * inline handlers again. Here a Gmail thread carries one image whose response forbids caching
 * and whose onload handler counts loads; after the built content script has read the thread
 * and the reader has run several more times in the page, the fixture server must have served
 * that image exactly once and the page must have seen exactly one load.
 */
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActiveContext } from '@/lib/messaging/protocol';
import { launchExtension, startFixtureServer, type FixtureServer, type LaunchedExtension } from './harness';
import { fixtureHtml, sendFromPanel } from './sites-helpers';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgRpLxWnKtZcVbMsDfGhJkLqW';
const PIXEL_PATH = '/motive-e2e/pixel.svg';
const PIXEL = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>';

/** The real-source Gmail fixture with one counted image inside the first message body. */
function threadWithImage(): string {
  const html = fixtureHtml('gmail/2026-12-03-thread-rich-text.html');
  const image = `<img src="${PIXEL_PATH}" alt="" onload="window.motivePixelLoads = (window.motivePixelLoads || 0) + 1">`;
  return html.replace('<div>Thanks,</div>', `<div>Thanks,${image}</div>`);
}

describe('reading a page fetches none of its resources again', () => {
  let server: FixtureServer;
  let ext: LaunchedExtension;
  let panel: Page;
  let readerScript: string;
  let pixelRequests = 0;

  beforeAll(async () => {
    const bundle = await build({
      entryPoints: ['tests/e2e/sites-parity/read-in-page.ts'],
      bundle: true,
      format: 'iife',
      write: false,
      target: 'chrome120',
    });
    readerScript = bundle.outputFiles[0]!.text;
    server = await startFixtureServer();
    server.handle((url) => {
      if (url.hostname !== 'mail.google.com' || url.pathname !== PIXEL_PATH) return undefined;
      pixelRequests += 1;
      return { body: PIXEL, contentType: 'image/svg+xml', headers: { 'cache-control': 'no-store' } };
    });
    server.page('mail.google.com', '/mail/u/0/', threadWithImage());
    ext = await launchExtension({ fixturePort: server.port });
    panel = await ext.openExtensionPage('sidepanel.html');
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('serves the thread image once and runs its onload once, however often Motive reads', async () => {
    const page = await ext.context.newPage();
    await page.goto(THREAD_URL);
    await page.bringToFront();
    // The built content script has read the thread, bodies included, and reported it.
    const state = async () => {
      const active = await sendFromPanel<ActiveContext>(panel, 'getActiveContext', {});
      return `${active.app}:${active.readStatus}`;
    };
    await expect.poll(state, { timeout: 15_000 }).toBe('gmail:ok');
    // Read again in the page, as the content script does on every change.
    await page.addScriptTag({ content: readerScript });
    const texts = await page.evaluate(() => {
      const read = (window as unknown as { motiveReadInPage: (app: string) => { context: unknown } })
        .motiveReadInPage;
      return [1, 2, 3].map(() => JSON.stringify(read('gmail').context).includes('Before we renew'));
    });
    expect(texts).toEqual([true, true, true]);
    await page.waitForLoadState('networkidle');
    expect(pixelRequests).toBe(1);
    expect(
      await page.evaluate(() => (window as unknown as { motivePixelLoads?: number }).motivePixelLoads),
    ).toBe(1);
    await page.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, startFixtureServer, type FixtureServer, type LaunchedExtension } from './harness';

const GMAIL_PAGE = `<!doctype html><html><head><title>Inbox - rep@seller.io - Gmail</title></head>
<body><div role="main"><h2 class="hP">Renewal</h2></div></body></html>`;

describe('foundation: the built extension in Chromium', () => {
  let server: FixtureServer;
  let ext: LaunchedExtension;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.page('mail.google.com', '/mail/u/0/', GMAIL_PAGE);
    server.page('www.example.com', '/', '<!doctype html><title>Not an app</title><p>hello</p>');
    ext = await launchExtension({ fixturePort: server.port });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('loads with the manifest Motive ships: no <all_urls>, the side panel declared', async () => {
    const manifest = await ext.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('Motive');
    expect(manifest.host_permissions).not.toContain('<all_urls>');
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
  });

  it('renders the side panel page, honest about having no account yet', async () => {
    const panel = await ext.openExtensionPage('sidepanel.html');
    await expect.poll(() => panel.getByTestId('resolution').textContent()).toBeTruthy();
    expect(await panel.getByRole('heading', { level: 1 }).textContent()).toBe('Motive');
    await panel.close();
  });

  it('runs the content script on a Gmail page; its report reaches the background and the open panel', async () => {
    const panel = await ext.openExtensionPage('sidepanel.html');
    const gmail = await ext.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/');
    // The panel opened as a tab is not the active tab, so ask the background for that tab's context.
    await expect
      .poll(
        () =>
          ext.worker.evaluate(async () => {
            const open = indexedDB.open('motive');
            const db = await new Promise<IDBDatabase>((resolve, reject) => {
              open.onsuccess = () => resolve(open.result);
              open.onerror = () => reject(new Error(String(open.error)));
            });
            const rows = await new Promise<unknown[]>((resolve) => {
              const request = db.transaction('pageContexts').objectStore('pageContexts').getAll();
              request.onsuccess = () => resolve(request.result as unknown[]);
            });
            db.close();
            return rows.map((r) => (r as { context: { app: string } }).context.app);
          }),
        { timeout: 15_000 },
      )
      .toContain('gmail');
    await gmail.bringToFront();
    await gmail.reload();
    await expect.poll(() => panel.getByTestId('active-app').textContent(), { timeout: 15_000 }).toBe('gmail');
    // The background also keeps that context in session storage, for the next panel's first frame.
    const mirrored = await panel.evaluate(async () => {
      const stored = await chrome.storage.session.get('motive:active-context');
      return (stored['motive:active-context'] as { app?: string } | undefined)?.app;
    });
    expect(mirrored).toBe('gmail');
    await gmail.close();
    await panel.close();
  });

  it('keeps content scripts off sites Motive does not read', async () => {
    const page = await ext.context.newPage();
    await page.goto('https://www.example.com/');
    const contexts = await ext.worker.evaluate(async () => {
      const open = indexedDB.open('motive');
      const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
      const urls = await new Promise<string[]>((resolve) => {
        const request = db.transaction('pageContexts').objectStore('pageContexts').getAll();
        request.onsuccess = () =>
          resolve((request.result as { context: { url: string } }[]).map((r) => r.context.url));
      });
      db.close();
      return urls;
    });
    expect(contexts.some((url) => url.includes('example.com'))).toBe(false);
    await page.close();
  });

  it('rejects forged messages with a clear error and changes nothing', async () => {
    const panel = await ext.openExtensionPage('sidepanel.html');
    const countContexts = () =>
      ext.worker.evaluate(async () => {
        const open = indexedDB.open('motive');
        const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
        const count = await new Promise<number>((resolve) => {
          const request = db.transaction('pageContexts').objectStore('pageContexts').count();
          request.onsuccess = () => resolve(request.result);
        });
        db.close();
        return count;
      });
    const before = await countContexts();
    const send = (type: string, data: unknown) =>
      panel.evaluate(
        ([t, d]) =>
          new Promise<unknown>((resolve) =>
            chrome.runtime.sendMessage({ id: 1, type: t, data: d, timestamp: Date.now() }, resolve),
          ),
        [type, data] as const,
      );
    // A content-only message from an extension page: wrong sender.
    const wrongSender = (await send('reportPageContext', {
      app: 'gmail',
      surface: 'email',
      url: 'https://mail.google.com/',
      readStatus: 'ok',
      people: [],
      readAt: new Date().toISOString(),
    })) as { err?: { message: string } };
    expect(wrongSender.err?.message).toContain('content message came from an extension page');
    // A panel message with a bad payload.
    const badPayload = (await send('insertSnippet', { text: 42 })) as { err?: { message: string } };
    expect(badPayload.err?.message).toMatch(/Rejected: invalid text/);
    expect(await countContexts()).toBe(before);
    await panel.close();
  });

  it('opens the real side panel from a trusted click', async () => {
    const page = await ext.openExtensionPage('options.html');
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'open-panel';
      button.textContent = 'Open panel';
      button.addEventListener('click', () => {
        void chrome.windows.getCurrent().then((w) => chrome.sidePanel.open({ windowId: w.id! }));
      });
      document.body.append(button);
    });
    await page.click('#open-panel');
    await expect
      .poll(
        () =>
          ext.worker.evaluate(async () => {
            const contexts = await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] });
            return contexts.length;
          }),
        { timeout: 10_000 },
      )
      .toBeGreaterThan(0);
    await page.close();
  });
});

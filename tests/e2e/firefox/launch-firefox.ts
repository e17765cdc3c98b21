/**
 * Launches Debian's Firefox ESR headless over WebDriver BiDi (puppeteer-core: no driver or
 * browser download) and installs the BUILT Firefox extension (.output/firefox-mv2).
 *
 * - App hostnames reach the local fixture server through a CONNECT proxy (see host-proxy.ts).
 * - The extension's origin is fixed with `extensions.webextensions.uuids`.
 * - BiDi refuses to navigate a tab to a moz-extension:// URL, and web pages may not link to
 *   one. Firefox 138+ lets a BiDi client with `--remote-allow-system-access` run script in the
 *   browser window (`moz:scope: chrome`), which opens the extension page in a new tab with the
 *   system principal, as a user's click in Firefox's own UI would. The page is then a normal
 *   content tab that puppeteer drives.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { MAPPED_HOSTS } from '../harness/extension';
import { findFirefox } from '../harness/firefox-binary';
import { startHostProxy, type HostProxy } from './host-proxy';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');
export const GECKO_ID = 'motive@motive.dev';

export interface LaunchedFirefox {
  browser: Browser;
  /** The moz-extension:// origin of Motive in this profile. */
  origin: string;
  proxy: HostProxy;
  /** Opens an extension page (e.g. "sidepanel.html") in a new tab and waits for it to load. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/** Runs `expression` in Firefox's own browser window (chrome scope) and returns its value. */
async function evaluateInBrowserWindow(browser: Browser, expression: string): Promise<unknown> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const [windowContext] = tree.result.contexts as Array<{ context: string }>;
  if (!windowContext) throw new Error('Firefox has no browser window to open an extension page from.');
  const answer = await connection.send('script.evaluate', {
    expression,
    target: { context: windowContext.context },
    awaitPromise: true,
  });
  const result = answer.result as { type: string; result?: { value?: unknown }; exceptionDetails?: unknown };
  if (result.type !== 'success') throw new Error(`Browser-window script failed: ${JSON.stringify(result)}`);
  return result.result?.value;
}

export async function launchFirefox(options: { fixturePort: number }): Promise<LaunchedFirefox> {
  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}`;
  const proxy = await startHostProxy(options.fixturePort, MAPPED_HOSTS);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
    },
  });
  try {
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== GECKO_ID) throw new Error(`Installed ${installed}, expected ${GECKO_ID}.`);
    return {
      browser,
      origin,
      proxy,
      async openExtensionPage(path) {
        const url = `${origin}/${path}`;
        const page = await browser.newPage();
        // Mark the tab so the browser-window script finds exactly this one.
        const marker = `about:blank#motive-${randomUUID()}`;
        await page.goto(marker);
        await evaluateInBrowserWindow(
          browser,
          `(() => {
            const tab = gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(marker)});
            if (!tab) throw new Error('marked tab not found');
            tab.linkedBrowser.loadURI(Services.io.newURI(${JSON.stringify(url)}), {
              triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
            });
            return true;
          })()`,
        );
        await page.waitForFunction((expected) => location.href === expected, { timeout: 20_000 }, url);
        await page.waitForFunction(() => document.readyState === 'complete');
        return page;
      },
      async close() {
        await browser.close();
        await proxy.close();
      },
    };
  } catch (error) {
    await browser.close();
    await proxy.close();
    throw error;
  }
}

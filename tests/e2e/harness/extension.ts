/**
 * Launches real headless Chromium with the BUILT extension (.output/chrome-mv3) in a fresh
 * profile, with the apps' hostnames mapped to the local fixture server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { APP_HOSTS, hostNamesOf } from '../../../lib/sites/hosts';
import { findChromium } from './chromium';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/**
 * Every host pattern the fixture server answers for (wildcards allowed by Chromium's rules):
 * the hosts of the app registry (`lib/sites/hosts.ts`), so a host added there is served here,
 * plus one site Motive does not read.
 */
export const MAPPED_HOSTS = [
  ...hostNamesOf(APP_HOSTS),
  // Not an app Motive reads: used to prove content scripts stay away from other sites.
  'www.example.com',
];

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens an extension page (e.g. "sidepanel.html") in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  fixturePort: number;
  /** Extra flags, e.g. a window size. */
  args?: string[];
  /** Reuse a profile directory (e.g. to test persistence); default is a fresh temp dir. */
  userDataDir?: string;
  /** Another unpacked build (benchmarks add a page to a copy); default EXTENSION_DIR. */
  extensionDir?: string;
}

/**
 * Waits until the background has created Motive's database with its stores. Specs seed and
 * read it with raw IndexedDB; opening it before the extension did would create an empty one.
 * (In-page code is a string: tsx's `__name` helpers do not exist in the worker.)
 */
async function waitForSchema(worker: Worker): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const ready = await worker.evaluate<boolean>(
      `indexedDB.databases().then((all) => all.some((d) => d.name === 'motive' && (d.version ?? 0) >= 10))`,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The extension did not create its database within 20 s of starting.');
}

export async function launchExtension(options: LaunchOptions): Promise<LaunchedExtension> {
  const ownsProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'motive-e2e-'));
  const rules = MAPPED_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${options.fixturePort}`).join(',');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${options.extensionDir ?? EXTENSION_DIR}`,
      `--load-extension=${options.extensionDir ?? EXTENSION_DIR}`,
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  });
  try {
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(worker.url()).host;
    await waitForSchema(worker);
    return {
      context,
      extensionId,
      worker,
      async openExtensionPage(path) {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/${path}`);
        return page;
      },
      async close() {
        await context.close();
        if (ownsProfile) rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * Shared set-up for browser benchmarks: a copy of the built extension with the bare-React
 * floor page added (so both pages load from the same extension origin, built the same way),
 * launched in headless Chromium, plus a first-render probe.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { findChromium } from '../../e2e/harness/chromium';

export interface BenchExtension {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * A temp copy of the built extension with the floor page at floor/index.html (and the panel's
 * reads, timed, at floor/reads.html); returns its dir.
 */
export async function extensionWithFloorPage(
  into = mkdtempSync(join(tmpdir(), 'motive-bench-')),
): Promise<string> {
  const extensionDir = join(into, 'extension');
  cpSync(resolve('.output/chrome-mv3'), extensionDir, { recursive: true });
  await build({
    root: resolve('tests/bench/floor'),
    base: '/floor/',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: join(extensionDir, 'floor'), emptyOutDir: true },
  });
  // A build of its own, so the floor page shares no chunk with it and stays a bare React page.
  await build({
    root: resolve('tests/bench/floor'),
    base: '/floor/',
    logLevel: 'warn',
    resolve: { alias: { '@': resolve('.') } },
    build: {
      outDir: join(extensionDir, 'floor'),
      emptyOutDir: false,
      rollupOptions: { input: resolve('tests/bench/floor/reads.html') },
    },
  });
  return extensionDir;
}

export async function launchBenchExtension(): Promise<BenchExtension> {
  const dir = mkdtempSync(join(tmpdir(), 'motive-bench-'));
  const extensionDir = await extensionWithFloorPage(dir);
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: findChromium(),
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Loads `url` and returns the time (ms since navigation start) at which `selector` first
 * appeared in the DOM, observed from inside the page.
 */
/*
 * The in-page code below is passed as strings: tsx (esbuild) injects `__name` helpers into
 * functions it compiles, which do not exist inside the page.
 */

/**
 * Loads `url` and returns the time (ms since navigation start) at which `selector` first
 * appeared in the DOM, as recorded by the probe from `installFirstRenderProbe`.
 */
export async function firstRender(page: Page, url: string, selector: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForSelector(selector, { state: 'attached' });
  return page.evaluate<number>('window.__firstRender ?? performance.now()');
}

/** Installs, in every page, a probe that records when `selector` first appears. */
export async function installFirstRenderProbe(context: BrowserContext, selector: string): Promise<void> {
  await context.addInitScript(`(() => {
    const observer = new MutationObserver(() => {
      if (window.__firstRender === undefined && document.querySelector(${JSON.stringify(selector)})) {
        window.__firstRender = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  })();`);
}

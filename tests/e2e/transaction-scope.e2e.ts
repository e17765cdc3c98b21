/**
 * The sync path's transactions in real Chromium: the scenarios of
 * tests/integration/transaction-scope/scenarios.ts (run there over fake-indexeddb), bundled and
 * run in a page of a local origin. Chromium commits an IndexedDB transaction as soon as a task
 * ends with no request pending, where fake-indexeddb schedules its own ticks.
 */
import { build } from 'esbuild';
import { createServer, type Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioResult } from '../integration/transaction-scope/scenarios';
import { findChromium } from './harness';

describe('the sync path stays inside its one IndexedDB transaction (Chromium)', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    const bundle = await build({
      stdin: {
        contents: `import { runScenarios } from './scenarios';
          (window as unknown as { runScenarios: typeof runScenarios }).runScenarios = runScenarios;`,
        resolveDir: 'tests/integration/transaction-scope',
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      write: false,
      target: 'chrome120',
    });
    const script = bundle.outputFiles[0]!.text;
    server = createServer((req, res) => {
      const isScript = req.url === '/scenarios.js';
      res.setHeader('Content-Type', isScript ? 'text/javascript' : 'text/html');
      res.end(isScript ? script : '<!doctype html><script src="/scenarios.js"></script>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await chromium.launch({
      executablePath: findChromium(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('in every scenario, and the check catches a helper written the unsafe way', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    const { scenarios, controls } = await page.evaluate(() =>
      (
        window as unknown as {
          runScenarios: () => Promise<{ scenarios: ScenarioResult[]; controls: ScenarioResult[] }>;
        }
      ).runScenarios(),
    );

    expect(scenarios.filter((s) => s.transactions !== 1 || s.captured !== 0 || s.error !== null)).toEqual([]);
    expect(controls.filter((c) => c.transactions === 1 && c.error === null)).toEqual([]);
  });
});

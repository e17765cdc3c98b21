/**
 * Main-thread cost of reading live captions on a busy call page, in real (headless) Chromium:
 * per MutationObserver batch, per coalesced caption read and per page-context read (median,
 * p95, max), and the total share of main-thread time. Prints figures; asserts nothing.
 * Run: npx tsx tests/bench/captions.bench.ts
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CAPTION_READ_INTERVAL_MS } from '../../lib/sites/content/caption-watcher';
import { findChromium } from '../e2e/harness/chromium';
import type { CaptionBenchResult } from './captions/busy-call-harness';

const DURATION_MS = 8_000;
const TILES = 49;

const bundle = await build({
  entryPoints: ['tests/bench/captions/busy-call-harness.ts'],
  bundle: true,
  format: 'iife',
  write: false,
  minify: true,
  target: 'chrome120',
});
const script = bundle.outputFiles[0]!.text;

const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage();
  await page.goto('about:blank');
  await page.addScriptTag({ content: script });
  const result = await page.evaluate(
    ([duration, tiles]) =>
      (
        window as unknown as { runCaptionBench: (d: number, t: number) => Promise<CaptionBenchResult> }
      ).runCaptionBench(duration, tiles),
    [DURATION_MS, TILES] as const,
  );
  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    return `median ${at(0.5).toFixed(3)} ms · p95 ${at(0.95).toFixed(3)} ms · max ${(sorted.at(-1) ?? 0).toFixed(3)} ms (n=${sorted.length})`;
  };
  const total = [...result.callbackMs, ...result.captionReadMs, ...result.pageReadMs].reduce(
    (a, b) => a + b,
    0,
  );
  console.log(
    `busy call page: ${TILES} video tiles mutating every 50 ms, captions rewritten every 120 ms, ${DURATION_MS / 1000} s`,
  );
  console.log(`mutation batches observed:        ${result.batches}`);
  console.log(`observer callback per batch:      ${stats(result.callbackMs)}`);
  console.log(`caption read (≤ 1 per ${CAPTION_READ_INTERVAL_MS} ms):    ${stats(result.captionReadMs)}`);
  console.log(`page-context read (400 ms):       ${stats(result.pageReadMs)}`);
  console.log(`final caption lines emitted:      ${result.lines}`);
  console.log(
    `Motive main-thread time: ${total.toFixed(1)} ms over ${DURATION_MS} ms (${((100 * total) / DURATION_MS).toFixed(2)} %), ` +
      `${(total / Math.max(1, result.batches)).toFixed(3)} ms per mutation batch on average`,
  );
} finally {
  await browser.close();
}

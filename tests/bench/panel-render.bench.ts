/**
 * First meaningful render of a POPULATED account in the side panel (real headless Chromium)
 * vs the bare React floor built the same way: median of 15 alternating loads each.
 * "Meaningful" = the account workspace is on screen (account, people, evidence, snapshots
 * read and the diagnosis scored); the floor's is its <h1>. Two panel figures: reopening the
 * account last shown (its last-seen copy draws the first frame, components/kernel/last-seen.ts)
 * and a cold open with that copy removed first (records read from IndexedDB before the frame).
 * Run: npx wxt build && npx tsx tests/bench/panel-render.bench.ts
 */
import { LAST_SEEN_KEY } from '../../components/kernel/last-seen';
import { JOURNEY_SEED, seedDatabase } from '../e2e/panel-seed';
import { firstRender, installFirstRenderProbe, launchBenchExtension } from './lib/bench-extension';
import { median, ms, percentile } from './lib/stats';

const LOADS = 25;
// The floor's heading is `main > h1`; the panel's sits inside `.panel-top`, so it does not match.
const MEANINGFUL = '[data-testid="workspace"], main > h1';

const ext = await launchBenchExtension();
try {
  await installFirstRenderProbe(ext.context, MEANINGFUL);
  const page = await ext.context.newPage();
  const base = `chrome-extension://${ext.extensionId}`;
  await page.goto(`${base}/sidepanel.html`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await seedDatabase(page, JOURNEY_SEED);
  const panelUrl = `${base}/sidepanel.html?account=a_live`;
  // Warm-up: first loads compile and cache; not counted.
  await firstRender(page, panelUrl, MEANINGFUL);
  await firstRender(page, `${base}/floor/index.html`, MEANINGFUL);
  const panel: number[] = [];
  const cold: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    panel.push(await firstRender(page, panelUrl, MEANINGFUL));
    floor.push(await firstRender(page, `${base}/floor/index.html`, MEANINGFUL));
    await page.evaluate(`localStorage.removeItem(${JSON.stringify(LAST_SEEN_KEY)})`);
    cold.push(await firstRender(page, panelUrl, MEANINGFUL));
  }
  console.log(`first meaningful render of a populated account, ${LOADS} loads (median / p95):`);
  console.log(`  side panel, account open   ${ms(median(panel))} / ${ms(percentile(panel, 95))}`);
  console.log(`  side panel, cold open      ${ms(median(cold))} / ${ms(percentile(cold, 95))}`);
  console.log(`  bare React floor           ${ms(median(floor))} / ${ms(percentile(floor, 95))}`);
  console.log(
    `  ratio                      ${(median(panel) / median(floor)).toFixed(2)} × the floor (target ≤ 1.3)`,
  );
  console.log(`  ratio, cold open           ${(median(cold) / median(floor)).toFixed(2)} × the floor`);
} finally {
  await ext.close();
}

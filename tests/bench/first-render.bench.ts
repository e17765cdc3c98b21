/**
 * Side-panel first render in real headless Chromium vs the bare React floor built the same
 * way, median of 15 alternating loads each. "First render" = the panel's first heading in the
 * DOM, observed from inside the page (ms since navigation start).
 */
import { launchBenchExtension, firstRender, installFirstRenderProbe } from './lib/bench-extension';
import { median, ms, percentile } from './lib/stats';

const LOADS = 15;

const ext = await launchBenchExtension();
try {
  await installFirstRenderProbe(ext.context, 'h1');
  const page = await ext.context.newPage();
  const base = `chrome-extension://${ext.extensionId}`;
  // Warm-up: first loads compile and cache; not counted.
  await firstRender(page, `${base}/sidepanel.html`, 'h1');
  await firstRender(page, `${base}/floor/index.html`, 'h1');
  const panel: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    panel.push(await firstRender(page, `${base}/sidepanel.html`, 'h1'));
    floor.push(await firstRender(page, `${base}/floor/index.html`, 'h1'));
  }
  const ratio = median(panel) / median(floor);
  console.log(`first render over ${LOADS} loads (median / p95):`);
  console.log(`  side panel      ${ms(median(panel))} / ${ms(percentile(panel, 95))}`);
  console.log(`  bare React      ${ms(median(floor))} / ${ms(percentile(floor, 95))}`);
  console.log(`  ratio           ${ratio.toFixed(2)} × the floor`);
} finally {
  await ext.close();
}

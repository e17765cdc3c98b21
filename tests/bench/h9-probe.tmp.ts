import { JOURNEY_SEED, seedDatabase } from '../e2e/panel-seed';
import { firstRender, installFirstRenderProbe, launchBenchExtension } from './lib/bench-extension';
import { median } from './lib/stats';
const MEANINGFUL = '[data-testid="workspace"], main > h1';
const ext = await launchBenchExtension();
try {
  await installFirstRenderProbe(ext.context, MEANINGFUL);
  await ext.context.addInitScript(`(() => { const orig = Node.prototype.appendChild; window.__h9 = [];
    Node.prototype.appendChild = function (c) { const t = performance.now(); const r = orig.call(this, c); if (c.tagName === 'LINK') window.__h9.push([t, performance.now() - t, c.href.split('/').pop().slice(0, 20), window.__firstRender !== undefined]); return r; }; })();`);
  const page = await ext.context.newPage();
  const base = `chrome-extension://${ext.extensionId}`;
  await page.goto(`${base}/sidepanel.html`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await seedDatabase(page, JOURNEY_SEED);
  const url = process.env.FLOOR ? `${base}/floor/index.html` : `${base}/sidepanel.html?account=a_live`;
  await firstRender(page, url, MEANINGFUL);
  const rows: Record<string, number[]> = {};
  for (let i = 0; i < 9; i++) {
    const fr = await firstRender(page, url, MEANINGFUL);
    const t = await page.evaluate<Record<string, number>>(`(() => {
      const o = {};
      const nav = performance.getEntriesByType('navigation')[0];
      o.responseEnd = nav.responseEnd; o.domInteractive = nav.domInteractive;
      for (const m of performance.getEntriesByType('mark')) o[m.name] = m.startTime;
      for (const r of performance.getEntriesByType('resource')) o['res:' + r.name.split('/').pop().slice(0,14)] = r.responseEnd;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]; if (fcp) o.fcp = fcp.startTime;
      return o;
    })()`);
    t.firstRender = fr;
    if (i === 8) console.log(JSON.stringify(await page.evaluate('window.__h9')));
    for (const [k, v] of Object.entries(t)) (rows[k] ??= []).push(v);
  }
  for (const [k, v] of Object.entries(rows).sort((a, b) => median(a[1]) - median(b[1]))) console.log(k.padEnd(30), median(v).toFixed(1));
} finally { await ext.close(); }

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../e2e/harness/chromium';
import { JOURNEY_SEED, seedDatabase } from '../e2e/panel-seed';
import { firstRender, installFirstRenderProbe } from './lib/bench-extension';
const extensionDir = '/tmp/h9-sm/chrome-mv3';
const context = await chromium.launchPersistentContext(join(mkdtempSync(join(tmpdir(), 'h9p-')), 'profile'), {
  executablePath: findChromium(), headless: true, ignoreDefaultArgs: ['--disable-extensions'],
  args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox', '--disable-gpu'],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;
const SEL = '[data-testid="workspace"]';
await installFirstRenderProbe(context, SEL);
const page = await context.newPage();
const base = `chrome-extension://${id}`;
await page.goto(`${base}/sidepanel.html`);
await page.getByRole('heading', { level: 1 }).waitFor();
await seedDatabase(page, JOURNEY_SEED);
const url = `${base}/sidepanel.html?account=a_live`;
for (let i = 0; i < 3; i++) await firstRender(page, url, SEL);
const self = new Map<string, number>();
for (let run = 0; run < 5; run++) {
  await page.goto('about:blank');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForSelector(SEL, { state: 'attached' });
  const { profile } = (await cdp.send('Profiler.stop')) as any;
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  const dt = profile.timeDeltas; 
  profile.samples.forEach((s: number, i: number) => {
    const n: any = byId.get(s); const f = n.callFrame;
    const k = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000);
    if (['appendChild','get Temporal','(garbage collector)'].includes(f.functionName || f.url)) { const par = new Map(profile.nodes.flatMap((p: any) => (p.children ?? []).map((c: number) => [c, p])));
      let chain = []; let cur: any = n; for (let d = 0; d < 6 && cur; d++) { cur = par.get(cur.id); if (cur) chain.push(cur.callFrame.functionName + '@' + cur.callFrame.url.split('/').pop() + ':' + cur.callFrame.lineNumber); }
      const ck = 'STACK ' + f.functionName + ' <- ' + chain.join(' <- '); self.set(ck, (self.get(ck) ?? 0) + (dt[i] ?? 0) / 1000); }
  });
  await cdp.detach();
}
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log((v / 5).toFixed(2).padStart(7), k);
await context.close();

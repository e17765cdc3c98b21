import { JOURNEY_SEED, seedDatabase } from '../e2e/panel-seed';
import { firstRender, installFirstRenderProbe, launchBenchExtension } from './lib/bench-extension';
const MEANINGFUL = '[data-testid="workspace"], main > h1';
const ext = await launchBenchExtension();
try {
  await installFirstRenderProbe(ext.context, MEANINGFUL);
  const page = await ext.context.newPage();
  const base = `chrome-extension://${ext.extensionId}`;
  await page.goto(`${base}/sidepanel.html`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await seedDatabase(page, JOURNEY_SEED);
  const url = process.env.FLOOR ? `${base}/floor/index.html` : `${base}/sidepanel.html?account=a_live`;
  for (let i = 0; i < 3; i++) await firstRender(page, url, MEANINGFUL);
  await page.goto('about:blank');
  const cdp = await ext.context.newCDPSession(page);
  const events: any[] = [];
  cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,disabled-by-default-devtools.timeline,blink.user_timing,loading', transferMode: 'ReportEvents' });
  await page.goto(url);
  await page.waitForSelector(MEANINGFUL, { state: 'attached' });
  const fr = await page.evaluate<number>('window.__firstRender');
  await page.waitForTimeout(300);
  await cdp.send('Tracing.end');
  await done;
  const nav = events.find((e) => e.name === 'navigationStart' ) ?? events.find((e)=>e.name==='TracingStartedInBrowser');
  const t0 = nav.ts;
  console.log('firstRender', fr);
  const rows = events.filter((e) => e.ph === 'X' && e.dur > (process.env.MIN ? +process.env.MIN : 800) && (e.ts - t0) / 1000 < fr + 30)
    .map((e) => [((e.ts - t0) / 1000).toFixed(1), (e.dur / 1000).toFixed(1), e.name, JSON.stringify(e.args?.data?.url ?? e.args?.data?.functionName ?? e.args?.data?.type ?? '').slice(-60), e.tid]);
  for (const r of rows.sort((a, b) => +a[0] - +b[0])) console.log(r.join('  '));
  for (const e of events.filter((e)=> e.name.startsWith('h9:') || e.name==='firstContentfulPaint' || e.name==='domInteractive'|| e.name==='MarkDOMContent')) console.log('mark', e.name, ((e.ts-t0)/1000).toFixed(1));
} finally { await ext.close(); }

/**
 * Caption line to suggestion, end to end in real headless Chromium with the BUILT extension:
 * a Meet call page served under meet.google.com (the production match pattern), its caption
 * region mutated the way Meet does; a buyer's line becomes final when the next speaker starts;
 * the content script reads it, the background detects and stores an evidence row, and the
 * open panel shows it among its suggestions. Timed from the DOM mutation (Date.now() in the
 * call page) to the suggestion appearing (a MutationObserver in the panel): p50 and p95 over
 * 100 lines. Prints figures; asserts nothing.
 * Run: npx wxt build && npx tsx tests/bench/caption-to-suggestion.bench.ts  (CAPTION_LINES)
 */
import type { Page } from 'playwright-core';
import { launchExtension, startFixtureServer } from '../e2e/harness';
import { MEET_URL, SEED } from '../e2e/sites-data';
import { fixtureHtml, sendFromPanel } from '../e2e/sites-helpers';
import { printLoad } from './lib/machine';
import { ms, percentile } from './lib/stats';

const LINES = Number(process.env.CAPTION_LINES ?? 100);
const TIMEOUT_MS = 5_000;
const WORDS = [
  'audit',
  'board',
  'quarter',
  'outage',
  'renewal',
  'budget',
  'pilot',
  'rollout',
  'report',
  'close',
];
/** A distinct buyer line per index (the detector keeps one row per motivation and quote). */
const line = (i: number) =>
  `I need to be able to show the board we will not be blamed if the ${WORDS[i % 10]} slips again, case ${WORDS[Math.floor(i / 10) % 10]} ${i}.`;

/** In the panel: resolves with Date.now() when a suggestion containing `token` appears. */
const watchFor = (token: string) => `new Promise((resolve) => {
  const seen = () => [...document.querySelectorAll('[data-testid="suggestion"]')].some((el) => el.textContent.includes(${JSON.stringify(token)}));
  if (seen()) return resolve(Date.now());
  const observer = new MutationObserver(() => { if (seen()) { observer.disconnect(); resolve(Date.now()); } });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  setTimeout(() => { observer.disconnect(); resolve(null); }, ${TIMEOUT_MS});
})`;

/** In the call page: the buyer's turn, then the next speaker's (which makes it final). */
const speak = (i: number, text: string) => `(() => {
  const region = document.querySelector('div[role="region"][aria-label="Captions"]');
  const turn = (id, speaker, words) => {
    const el = document.createElement('div'); el.className = 'nMcdL'; el.dataset.turn = id;
    const who = document.createElement('div'); who.className = 'KcIKyf';
    const name = document.createElement('span'); name.textContent = speaker; who.append(name);
    const said = document.createElement('div'); said.className = 'bh44bd'; said.textContent = words;
    el.append(who, said); region.append(el);
    while (region.children.length > 4) region.firstElementChild.remove();
  };
  turn('b${i}', 'Dana Reyes', ${JSON.stringify(text)});
  return new Promise((resolve) => setTimeout(() => { turn('y${i}', 'You', 'Understood.'); resolve(Date.now()); }, 300));
})()`;

async function seed(panel: Page) {
  await panel.evaluate(`(async (seed) => {
    const open = indexedDB.open('motive');
    const db = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
    const tx = db.transaction(['accounts', 'people'], 'readwrite');
    for (const row of seed.accounts) tx.objectStore('accounts').put(row);
    for (const row of seed.people) tx.objectStore('people').put(row);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  })(${JSON.stringify(SEED)})`);
}

const server = await startFixtureServer();
server.page('meet.google.com', new URL(MEET_URL).pathname, fixtureHtml('meet/2026-11-21-call.html'));
const ext = await launchExtension({ fixturePort: server.port });
try {
  const panel = await ext.openExtensionPage('sidepanel.html');
  await seed(panel);
  const call = await ext.context.newPage();
  await call.goto(MEET_URL);
  await call.bringToFront();
  for (let i = 0; i < 150; i++) {
    const context = await sendFromPanel<{ resolution?: { accountId?: string } }>(
      panel,
      'getActiveContext',
      {},
    );
    if (context.resolution?.accountId === 'a_acme') break;
    await call.waitForTimeout(100);
  }
  printLoad('before');
  const latencies: number[] = [];
  let missed = 0;
  for (let i = 0; i < LINES; i++) {
    const text = line(i);
    const seen = panel.evaluate<number | null>(watchFor(`case ${WORDS[Math.floor(i / 10) % 10]} ${i}`));
    const finalAt = await call.evaluate<number>(speak(i, text));
    const shownAt = await seen;
    if (shownAt === null) missed++;
    else latencies.push(Math.max(0, shownAt - finalAt));
  }
  console.log(
    `caption line → suggestion visible in the panel, ${LINES} lines (timed from the next speaker's turn, which makes the line final):`,
  );
  console.log(
    `  p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, max ${ms(Math.max(...latencies))}; ` +
      `${missed} line(s) not shown within ${TIMEOUT_MS / 1000} s (target p95 ≤ 500 ms)`,
  );
  printLoad('after');
} finally {
  await ext.close();
  await server.close();
}

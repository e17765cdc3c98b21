/**
 * The live-call bench rig, shared by the caption → suggestion and objection-card benches: a
 * Meet call page served under meet.google.com with the BUILT extension, the panel open on the
 * seeded account, and page-side snippets (as source strings: tsx helpers do not exist inside
 * the page) to say a buyer's line and to watch the panel for what it raises.
 */
import type { Page } from 'playwright-core';
import { launchExtension, startFixtureServer, type LaunchedExtension } from '../../e2e/harness';
import { MEET_URL, SEED } from '../../e2e/sites-data';
import { fixtureHtml, sendFromPanel } from '../../e2e/sites-helpers';

export interface MeetCallRig {
  ext: LaunchedExtension;
  panel: Page;
  call: Page;
  close: () => Promise<void>;
}

/** Resolves with Date.now() when `predicate` (page source) first holds, or null after `timeoutMs`. */
export const watchPanelFor = (predicate: string, timeoutMs: number) => `new Promise((resolve) => {
  const seen = () => (${predicate});
  if (seen()) return resolve(Date.now());
  const observer = new MutationObserver(() => { if (seen()) { observer.disconnect(); resolve(Date.now()); } });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  setTimeout(() => { observer.disconnect(); resolve(null); }, ${timeoutMs});
})`;

/** In the call page: `speaker`'s turn, then the rep's (which makes it final); resolves with Date.now() then. */
export const speakInMeet = (i: number, speaker: string, text: string) => `(() => {
  const region = document.querySelector('div[role="region"][aria-label="Captions"]');
  const turn = (id, speaker, words) => {
    const el = document.createElement('div'); el.className = 'nMcdL'; el.dataset.turn = id;
    const who = document.createElement('div'); who.className = 'KcIKyf';
    const name = document.createElement('span'); name.textContent = speaker; who.append(name);
    const said = document.createElement('div'); said.className = 'bh44bd'; said.textContent = words;
    el.append(who, said); region.append(el);
    while (region.children.length > 4) region.firstElementChild.remove();
  };
  turn('b${i}', ${JSON.stringify(speaker)}, ${JSON.stringify(text)});
  return new Promise((resolve) => setTimeout(() => { turn('y${i}', 'You', 'Understood.'); resolve(Date.now()); }, 300));
})()`;

/**
 * In the call page: keeps the page busy the way a call's video tiles and timer do, a text change
 * every 50 ms for as long as the page is open, so caption reads run throttled as on a real call
 * rather than after a quiet spell.
 */
export const keepCallBusy = `(() => {
  const clock = document.createElement('div');
  document.body.append(clock);
  let tick = 0;
  setInterval(() => { clock.textContent = String(tick++); }, 50);
})()`;

/** Seeds the sites' accounts and people, opens the Meet call and waits until it resolves to Acme. */
export async function openMeetCall(): Promise<MeetCallRig> {
  const server = await startFixtureServer();
  server.page('meet.google.com', new URL(MEET_URL).pathname, fixtureHtml('meet/2026-11-21-call.html'));
  // BENCH_EXTENSION_DIR: another build to compare (e.g. the previous commit's, built elsewhere).
  const extensionDir = process.env.BENCH_EXTENSION_DIR;
  const ext = await launchExtension({ fixturePort: server.port, ...(extensionDir ? { extensionDir } : {}) });
  const close = async () => {
    await ext.close();
    await server.close();
  };
  try {
    const panel = await ext.openExtensionPage('sidepanel.html');
    await panel.evaluate(`(async (seed) => {
      const open = indexedDB.open('motive');
      const db = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
      const tx = db.transaction(['accounts', 'people'], 'readwrite');
      for (const row of seed.accounts) tx.objectStore('accounts').put(row);
      for (const row of seed.people) tx.objectStore('people').put(row);
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    })(${JSON.stringify(SEED)})`);
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
    return { ext, panel, call, close };
  } catch (error) {
    await close();
    throw error;
  }
}

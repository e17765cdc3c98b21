/**
 * Runs IN THE PAGE (bundled by captions.bench.ts): builds a busy Meet call (many video tiles
 * whose speaking indicators and timers mutate constantly), plays live captions with interim
 * rewrites and speaker switches, and times the content script's own work per mutation batch:
 * the MutationObserver callback, the coalesced caption read and the page-context read.
 */
import { CAPTION_READ_INTERVAL_MS, createCaptionWatcher } from '../../../lib/sites/content/caption-watcher';
import { createCoalescer } from '../../../lib/sites/content/coalesce';
import { meetReader } from '../../../lib/sites/meet';

export interface CaptionBenchResult {
  batches: number;
  callbackMs: number[];
  captionReadMs: number[];
  pageReadMs: number[];
  lines: number;
  durationMs: number;
}

const WORDS = 'we need the outage to stop and I have to show the board that nobody gets blamed again'.split(
  ' ',
);

function buildPage(tiles: number): { region: HTMLElement; tileDots: HTMLElement[]; clock: HTMLElement } {
  document.title = 'Meet – Acme Corp / Seller renewal check-in';
  const root = document.createElement('div');
  const grid = document.createElement('div');
  const tileDots: HTMLElement[] = [];
  for (let i = 0; i < tiles; i++) {
    const tile = document.createElement('div');
    tile.dataset.participantId = `spaces/x/devices/${i}`;
    const name = document.createElement('span');
    name.className = 'notranslate';
    name.textContent = `Participant ${i}`;
    const dot = document.createElement('div');
    dot.className = 'speaking';
    tile.append(name, dot);
    grid.append(tile);
    tileDots.push(dot);
  }
  const clock = document.createElement('div');
  const region = document.createElement('div');
  region.setAttribute('role', 'region');
  region.setAttribute('aria-label', 'Captions');
  const leave = document.createElement('button');
  leave.setAttribute('aria-label', 'Leave call');
  root.append(grid, clock, region, leave);
  document.body.append(root);
  return { region, tileDots, clock };
}

function addTurn(region: HTMLElement, speaker: string): HTMLElement {
  const block = document.createElement('div');
  block.className = 'nMcdL';
  const who = document.createElement('div');
  who.className = 'KcIKyf';
  const name = document.createElement('span');
  name.textContent = speaker;
  who.append(name);
  const text = document.createElement('div');
  text.className = 'bh44bd';
  block.append(who, text);
  region.append(block);
  // Meet keeps a few turns on screen and drops the oldest.
  while (region.children.length > 4) region.firstElementChild?.remove();
  return text;
}

export function runCaptionBench(durationMs: number, tiles: number): Promise<CaptionBenchResult> {
  const { region, tileDots, clock } = buildPage(tiles);
  const result: CaptionBenchResult = {
    batches: 0,
    callbackMs: [],
    captionReadMs: [],
    pageReadMs: [],
    lines: 0,
    durationMs,
  };
  const watcher = createCaptionWatcher({
    captions: meetReader.captions!,
    doc: document,
    idPrefix: 'bench',
    now: () => Date.now(),
    setTimer: (run, ms) => setTimeout(run, ms),
    onLines: (lines) => (result.lines += lines.length),
  });
  const timed = (into: number[], work: () => void) => () => {
    const start = performance.now();
    work();
    into.push(performance.now() - start);
  };
  // The same coalescing as the content script: captions at most every CAPTION_READ_INTERVAL_MS
  // (at once after a quiet spell), the page every 400 ms.
  const captionRead = createCoalescer(
    timed(result.captionReadMs, watcher.readNow),
    CAPTION_READ_INTERVAL_MS,
    (r, ms) => setTimeout(r, ms),
    { now: () => Date.now() },
  );
  const pageRead = createCoalescer(
    timed(result.pageReadMs, () => void meetReader.read(document, new URL(location.href))),
    400,
    (r, ms) => setTimeout(r, ms),
  );
  const observer = new MutationObserver(() => {
    const start = performance.now();
    pageRead.request();
    captionRead.request();
    result.callbackMs.push(performance.now() - start);
    result.batches++;
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });

  const speakers = ['Dana Reyes', 'Marcus Lindqvist', 'You', 'Jo Whitfield'];
  let turnText = addTurn(region, speakers[0]!);
  let words = 0;
  let tick = 0;
  const busy = setInterval(() => {
    // Video tiles: speaking indicators flicker, the call timer ticks.
    tileDots.forEach((dot, i) => dot.setAttribute('data-level', String((tick + i) % 7)));
    clock.textContent = `${Math.floor(tick / 20)}:${tick % 20}`;
    tick++;
  }, 50);
  const captions = setInterval(() => {
    words++;
    // Interim rewrite: the whole turn's text is replaced, its last word sometimes changed.
    const said = Array.from({ length: words }, (_, i) => WORDS[i % WORDS.length]).join(' ');
    turnText.textContent = words % 9 === 0 ? `${said}.` : `${said}${words % 3 === 0 ? 'ing' : ''}`;
    if (words >= 18) {
      words = 0;
      turnText = addTurn(region, speakers[Math.floor(Math.random() * speakers.length)]!);
    }
  }, 120);

  return new Promise((resolve) =>
    setTimeout(() => {
      clearInterval(busy);
      clearInterval(captions);
      observer.disconnect();
      resolve(result);
    }, durationMs),
  );
}

(window as unknown as { runCaptionBench: typeof runCaptionBench }).runCaptionBench = runCaptionBench;

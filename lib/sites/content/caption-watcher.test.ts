// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { meetReader } from '../meet';
import type { FinalCaptionLine } from '../captions/caption-tracker';
import { createCaptionWatcher } from './caption-watcher';
import { virtualClock } from './test-clock';

function meetPage(): HTMLElement {
  document.body.replaceChildren();
  const region = document.createElement('div');
  region.setAttribute('role', 'region');
  region.setAttribute('aria-label', 'Captions');
  document.body.append(region);
  return region;
}

function turn(region: HTMLElement, speaker: string, text: string): HTMLElement {
  const block = document.createElement('div');
  block.className = 'nMcdL';
  const who = document.createElement('div');
  who.className = 'KcIKyf';
  who.append(Object.assign(document.createElement('span'), { textContent: speaker }));
  const said = Object.assign(document.createElement('div'), { className: 'bh44bd', textContent: text });
  block.append(who, said);
  region.append(block);
  return said;
}

/** A watcher of the Meet page on a virtual clock, with the lines it hands over. */
function watcherOnClock() {
  const clock = virtualClock();
  const lines: FinalCaptionLine[] = [];
  const watcher = createCaptionWatcher({
    captions: meetReader.captions!,
    doc: document,
    idPrefix: 'kfz',
    now: clock.now,
    setTimer: clock.setTimer,
    onLines: (l) => lines.push(...l),
  });
  return { clock, lines, watcher };
}

describe('createCaptionWatcher', () => {
  it('keys blocks on their elements: a rewrite in place is one line, a new element a new line', () => {
    const region = meetPage();
    const lines: FinalCaptionLine[] = [];
    let now = 0;
    const watcher = createCaptionWatcher({
      captions: meetReader.captions!,
      doc: document,
      idPrefix: 'kfz',
      now: () => now,
      setTimer: () => undefined,
      onLines: (l) => lines.push(...l),
    });
    const first = turn(region, 'Dana Reyes', 'we are');
    watcher.readNow();
    first.textContent = 'We are exhausted';
    now = 500;
    watcher.readNow();
    turn(region, 'Riley Seller', 'I hear you');
    now = 900;
    watcher.readNow();
    region.remove();
    watcher.readNow();
    expect(lines.map((l) => `${l.speaker}: ${l.text}`)).toEqual([
      'Dana Reyes: We are exhausted',
      'Riley Seller: I hear you',
    ]);
  });
});

describe('createCaptionWatcher at a pause', () => {
  it('saves the last line before a pause although no further change arrives', () => {
    const region = meetPage();
    const { clock, lines, watcher } = watcherOnClock();
    const said = turn(region, 'Dana Reyes', 'we can');
    watcher.onMutations();
    clock.advance(1000);
    said.textContent = 'We can sign in March';
    watcher.onMutations();
    // The speaker pauses: nothing on the page changes any more.
    clock.advance(10_000);
    expect(lines.map((l) => `${l.speaker}: ${l.text}`)).toEqual(['Dana Reyes: We can sign in March']);
  });
});

describe('createCaptionWatcher after a quiet spell', () => {
  it('hands a line over at once when the next speaker starts after a quiet spell (no read delay)', () => {
    const region = meetPage();
    const { clock, lines, watcher } = watcherOnClock();
    turn(region, 'Dana Reyes', 'We need the board to see this');
    watcher.onMutations();
    clock.advance(300);
    turn(region, 'Riley Seller', 'Understood');
    watcher.onMutations();
    // No time passes: the read ran inside the mutation callback.
    expect(lines.map((l) => `${l.speaker}: ${l.text}`)).toEqual([
      'Dana Reyes: We need the board to see this',
    ]);
  });
});

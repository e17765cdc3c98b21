/**
 * Helpers for the page-reader specs: fixture pages under the apps' real hostnames, extension
 * messages sent from an extension page, and IndexedDB reads from the service worker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';

/** A fixture file's HTML (tests/fixtures/sites/<path>). */
export function fixtureHtml(path: string): string {
  return readFileSync(join(process.cwd(), 'tests/fixtures/sites', path), 'utf8');
}

/** Sends a panel message from an extension page, as @webext-core/messaging would. */
export async function sendFromPanel<T>(panel: Page, type: string, data: unknown): Promise<T> {
  const reply = (await panel.evaluate(
    ([t, d]) =>
      new Promise<unknown>((resolve) =>
        chrome.runtime.sendMessage({ id: Date.now(), type: t, data: d, timestamp: Date.now() }, resolve),
      ),
    [type, data] as const,
  )) as { res?: T; err?: { message: string } };
  if (reply.err) throw new Error(reply.err.message);
  return reply.res as T;
}

/** Every row of an IndexedDB table, read in the service worker. */
export function tableRows<T>(worker: Worker, table: string): Promise<T[]> {
  return worker.evaluate(async (name) => {
    const open = indexedDB.open('motive');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const rows = await new Promise<unknown[]>((resolve) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
    });
    db.close();
    return rows;
  }, table) as Promise<T[]>;
}

export interface CaptionStep {
  atMs: number;
  blocks: { id: string; speaker: string; text: string }[];
}

/**
 * Plays a recorded caption stream into a Meet page's caption region the way Meet updates it:
 * one element per turn, its text rewritten in place, old turns removed from the top.
 */
export async function playCaptionStream(page: Page, steps: CaptionStep[], speed = 1): Promise<void> {
  let clock = 0;
  for (const step of steps) {
    await page.waitForTimeout(Math.max(0, (step.atMs - clock) / speed));
    clock = step.atMs;
    await page.evaluate((blocks) => {
      const region = document.querySelector('div[role="region"][aria-label="Captions"]')!;
      const keep = new Set(blocks.map((b) => b.id));
      for (const el of Array.from(region.querySelectorAll<HTMLElement>('div.nMcdL'))) {
        if (!keep.has(el.dataset.turn ?? '')) el.remove();
      }
      for (const block of blocks) {
        let el = region.querySelector<HTMLElement>(`div.nMcdL[data-turn="${block.id}"]`);
        if (!el) {
          el = document.createElement('div');
          el.className = 'nMcdL';
          el.dataset.turn = block.id;
          const speaker = document.createElement('div');
          speaker.className = 'KcIKyf';
          speaker.append(document.createElement('span'));
          const text = document.createElement('div');
          text.className = 'bh44bd';
          el.append(speaker, text);
          region.append(el);
        }
        el.querySelector('.KcIKyf span')!.textContent = block.speaker;
        const text = el.querySelector('.bh44bd')!;
        if (text.textContent !== block.text) text.textContent = block.text;
      }
    }, step.blocks);
  }
}

/**
 * Raw IndexedDB access from a Motive extension page in Firefox (puppeteer pages), the same
 * rows the repositories write. In-page code is a string-free function: puppeteer serialises it.
 */
import type { Page } from 'puppeteer-core';
import { localFieldsOf } from '../../../lib/db/local-fields';
import type { Account } from '../../../lib/domain/records';

/** Waits until the background has created Motive's database with its stores. */
export async function waitForDatabase(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => (await indexedDB.databases()).some((d) => d.name === 'motive' && (d.version ?? 0) >= 10),
    { timeout: 20_000, polling: 100 },
  );
}

/** Writes accounts as local rows (never synced yet), in one transaction. */
export async function seedAccounts(page: Page, accounts: Account[]): Promise<void> {
  const rows = accounts.map((a) => ({
    ...a,
    ...localFieldsOf('accounts', { ...a }),
    serverVersion: null,
    deleted: 0,
  }));
  await page.evaluate(async (values) => {
    const open = indexedDB.open('motive');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const tx = db.transaction('accounts', 'readwrite');
    for (const row of values) tx.objectStore('accounts').put(row);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(new Error(String(tx.error)));
    });
    db.close();
  }, rows);
}

/** The text the open Firefox sidebar shows (an extension page can see the sidebar's window). */
export function sidebarText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ext = (globalThis as unknown as { browser: { extension: { getViews(o: object): Window[] } } })
      .browser;
    return ext.extension.getViews({ type: 'sidebar' }).map((view) => view.document.body.innerText);
  });
}

/** Sends a panel message the way @webext-core/messaging does. */
export function sendPanelMessage(
  page: Page,
  type: string,
  data: unknown,
): Promise<{ res?: unknown; err?: unknown }> {
  return page.evaluate(
    (t, d) => {
      const runtime = (
        globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<unknown> } } }
      ).browser.runtime;
      return runtime.sendMessage({ id: Date.now(), type: t, data: d, timestamp: Date.now() }) as Promise<{
        res?: unknown;
        err?: unknown;
      }>;
    },
    type,
    data,
  );
}

/**
 * Types into the control a <label> names. (Firefox's BiDi has no accessibility-tree queries,
 * so puppeteer's aria selectors do not work there.)
 */
export async function fillByLabel(page: Page, label: string, value: string): Promise<void> {
  const id = await page.$$eval(
    'label',
    (labels, text) => labels.find((l) => l.textContent?.trim() === text)?.htmlFor ?? null,
    label,
  );
  if (!id) throw new Error(`No control labelled “${label}”.`);
  await page.click(`[id="${id.replace(/"/g, '\\"')}"]`, { count: 3 });
  await page.keyboard.type(value);
}

/** Clicks the button whose text is exactly `name`. */
export async function clickButton(page: Page, name: string): Promise<void> {
  const buttons = await page.$$('button');
  for (const button of buttons) {
    if ((await button.evaluate((b) => b.textContent?.trim())) === name) return button.click();
  }
  throw new Error(`No button “${name}”.`);
}

/**
 * Sync end to end: the real reference server (PGlite, fresh data directory) and the built
 * extension in two Chromium profiles. Each profile is configured through the options page;
 * a note written in profile A appears in profile B, and a note typed in A's panel is pushed
 * on its own (the background's debounce on outbox growth), without anyone pressing Sync now.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, startFixtureServer, type FixtureServer, type LaunchedExtension } from './harness';
import { startReferenceServer, type ReferenceServer } from './harness/reference-server';
import { account, readTable, seedDatabase } from './panel-seed';

const NOTE_ID = 'n_e2e_sync_1';
const NOW = '2026-11-22T14:03:11.201Z';

/** Sends a panel message the way @webext-core/messaging does, from an extension page. */
function send(page: Page, type: string, data: unknown) {
  return page.evaluate(
    ([t, d]) =>
      new Promise<{ res?: unknown; err?: { message: string } }>((resolve) =>
        chrome.runtime.sendMessage({ id: Date.now(), type: t, data: d, timestamp: Date.now() }, resolve),
      ),
    [type, data] as const,
  );
}

/** Writes a note the way putSynced does: the row and its outbox entry in one transaction. */
function writeNote(page: Page, text: string) {
  return page.evaluate(
    ([id, body, now]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('motive');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['notes', 'outbox'], 'readwrite');
          const value = {
            id,
            accountId: 'a_e2e',
            kind: 'call',
            text: body,
            at: now,
            personIds: [],
            tags: [],
            createdAt: now,
            updatedAt: now,
          };
          tx.objectStore('notes').put({
            ...value,
            words: body.toLowerCase().split(/\W+/),
            serverVersion: null,
            deleted: 0,
          });
          tx.objectStore('outbox').add({
            mutationId: `m_e2e_${Date.now()}`,
            collection: 'notes',
            key: id,
            op: 'put',
            value,
            baseVersion: null,
            clientTime: now,
          });
          tx.oncomplete = () => resolve(db.close());
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
        open.onerror = () => reject(new Error(String(open.error)));
      }),
    [NOTE_ID, text, NOW] as const,
  );
}

function readNoteText(page: Page) {
  return page.evaluate(
    (id) =>
      new Promise<string | null>((resolve) => {
        const open = indexedDB.open('motive');
        open.onsuccess = () => {
          const request = open.result.transaction('notes').objectStore('notes').get(id);
          request.onsuccess = () => resolve((request.result as { text?: string } | undefined)?.text ?? null);
          request.onerror = () => resolve(null);
        };
        open.onerror = () => resolve(null);
      }),
    NOTE_ID,
  );
}

describe('sync between two browser profiles through the reference server', () => {
  let server: ReferenceServer;
  let fixtures: FixtureServer;
  let token: string;
  const profiles: LaunchedExtension[] = [];

  beforeAll(async () => {
    server = await startReferenceServer('e2e-team');
    token = server.token;
    fixtures = await startFixtureServer();
    for (let i = 0; i < 2; i++) profiles.push(await launchExtension({ fixturePort: fixtures.port }));
  });
  afterAll(async () => {
    for (const p of profiles) await p.close();
    await fixtures?.close();
    await server?.close();
  });

  async function configure(profile: LaunchedExtension): Promise<Page> {
    const options = await profile.openExtensionPage('options.html');
    await options.getByLabel('Endpoint URL').fill(server.url);
    await options.getByLabel('Access token').fill(token);
    await options.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(
        async () => ((await send(options, 'getSyncStatus', {})).res as { configured?: boolean })?.configured,
        { timeout: 15_000 },
      )
      .toBe(true);
    return options;
  }

  it('a note written in profile A appears in profile B', async () => {
    const [a, b] = profiles as [LaunchedExtension, LaunchedExtension];
    const pageA = await configure(a);
    const pageB = await configure(b);
    await writeNote(pageA, 'Their CFO wants proof of payback within two quarters.');
    const statusA = (await send(pageA, 'syncNow', {})) as {
      res?: { pending: number; lastError: string | null };
    };
    expect(statusA.res).toMatchObject({ pending: 0, lastError: null });
    await expect
      .poll(
        async () => {
          await send(pageB, 'syncNow', {});
          return readNoteText(pageB);
        },
        { timeout: 20_000 },
      )
      .toBe('Their CFO wants proof of payback within two quarters.');
    const statusB = (await send(pageB, 'getSyncStatus', {})) as { res?: { lastSyncAt: string | null } };
    expect(statusB.res?.lastSyncAt).toEqual(expect.any(String));
  });

  it('pushes a note typed in the panel on its own, without “Sync now”, and B receives it', async () => {
    const [a, b] = profiles as [LaunchedExtension, LaunchedExtension];
    const optionsA = await configure(a);
    const optionsB = await configure(b);
    const panel = await a.openExtensionPage('sidepanel.html');
    await seedDatabase(panel, { accounts: [account({ id: 'a_auto', name: 'Auto Sync Ltd' })] });
    await panel.goto(panel.url().replace(/sidepanel\.html.*$/, 'sidepanel.html?account=a_auto'));
    await panel.getByTestId('workspace').waitFor();
    await panel.keyboard.press('n');
    await panel.keyboard.type('Procurement signs off on the 14th.');
    await panel.keyboard.press('Control+Enter');
    await panel
      .getByText(/Note saved at \d\d:\d\d/)
      .first()
      .waitFor();
    // The background sees the outbox grow and pushes after its short debounce: nobody asks A
    // to sync, so the note can only reach B if A pushed it on its own.
    await expect
      .poll(
        async () => {
          await send(optionsB, 'syncNow', {});
          const notes = await readTable<{ text: string; accountId: string }>(optionsB, 'notes');
          return notes.find((n) => n.text === 'Procurement signs off on the 14th.')?.accountId;
        },
        { timeout: 20_000 },
      )
      .toBe('a_auto');
    const statusA = (await send(optionsA, 'getSyncStatus', {})) as { res?: { pending: number } };
    expect(statusA.res?.pending).toBe(0);
    await panel.close();
  });

  it('refuses a plain-http endpoint that is not this computer, with a clear error', async () => {
    const [a] = profiles as [LaunchedExtension];
    const page = await a.openExtensionPage('options.html');
    const bad = await send(page, 'configureSync', {
      endpoint: 'http://sync.example.com',
      token: 'x'.repeat(20),
    });
    expect(bad.err?.message).toMatch(/https/);
    await page.close();
  });
});

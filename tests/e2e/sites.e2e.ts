/**
 * Page readers end to end: fixture pages served under the apps' real hostnames, read by the
 * built content scripts in Chromium, resolved and turned into evidence by the background, and
 * shown by the panel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Evidence } from '@/lib/domain/records';
import type { PageContextRow } from '@/lib/db/schema';
import type { ActiveContext, InsertResult } from '@/lib/messaging/protocol';
import { seedDatabase } from './panel-seed';
import { launchExtension, startFixtureServer, type FixtureServer, type LaunchedExtension } from './harness';
import {
  GMAIL_URL,
  HOSTILE_NAME,
  HOSTILE_URL,
  MEET_OFF_URL,
  MEET_URL,
  OUTLOOK_URL,
  SEED,
  SF_URL,
  ZOOM_URL,
  hostilePage,
} from './sites-data';
import { fixtureHtml, playCaptionStream, sendFromPanel, tableRows, type CaptionStep } from './sites-helpers';

describe('page readers in Chromium', () => {
  let server: FixtureServer;
  let ext: LaunchedExtension;
  let panel: Page;

  const activeContext = () => sendFromPanel<ActiveContext>(panel, 'getActiveContext', {});
  const openApp = async (url: string) => {
    const page = await ext.context.newPage();
    await page.goto(url);
    await page.bringToFront();
    return page;
  };

  beforeAll(async () => {
    server = await startFixtureServer();
    server.page(
      'northwind-sales.lightning.force.com',
      '/lightning/r/Account/001Hs00003ZkQpLIAV/view',
      fixtureHtml('salesforce/2026-11-20-account.html'),
    );
    server.page('mail.google.com', '/mail/u/0/', fixtureHtml('gmail/2026-11-21-thread.html'));
    server.page('meet.google.com', '/kfz-qwmx-dpr', fixtureHtml('meet/2026-11-21-call.html'));
    server.page('meet.google.com', '/abc-defg-hij', fixtureHtml('meet/2026-11-21-call-captions-off.html'));
    server.page('app.hubspot.com', '/contacts/4417723/record/0-2/999', hostilePage);
    server.page(
      'outlook.office.com',
      '/mail/inbox/id/AAQkADU3YjQ1ZTJmLWI5NzMtNGE1Ny1hOGQ4LTdhOWE0YmMxZDI1ZQAQAKQ8',
      fixtureHtml('outlook/2026-11-21-thread.html'),
    );
    server.page('app.zoom.us', '/wc/85012345678/join', fixtureHtml('zoom/2026-11-20-call-shell.html'));
    server.page('app.zoom.us', '/wc/85012345678/meeting', fixtureHtml('zoom/2026-11-20-call.html'));
    ext = await launchExtension({ fixturePort: server.port });
    panel = await ext.openExtensionPage('sidepanel.html');
    await seedDatabase(panel, SEED);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('resolves a Salesforce record (shadow-DOM highlights) to its bound account, shown in the panel', async () => {
    const page = await openApp(SF_URL);
    await expect
      .poll(async () => (await activeContext()).resolution, { timeout: 15_000 })
      .toMatchObject({
        accountId: 'a_acme',
        method: 'crm-id',
      });
    const [row] = (await tableRows<PageContextRow>(ext.worker, 'pageContexts')).filter(
      (r) => r.context.app === 'salesforce',
    );
    expect(row?.context.account).toEqual({ name: 'Acme Corporation', domain: 'acme.com' });
    await expect
      .poll(() => panel.getByTestId('resolution').textContent(), { timeout: 10_000 })
      .toContain('Matched on the Salesforce record id.');
    await page.close();
  });

  it('resolves a Gmail thread from the participants’ domain and suggests evidence from the buyer’s message only', async () => {
    const page = await openApp(GMAIL_URL);
    await expect
      .poll(async () => (await activeContext()).resolution, { timeout: 15_000 })
      .toMatchObject({
        accountId: 'a_acme',
        method: 'email-domain',
        reason: 'Matched on acme.com from the email participants.',
      });
    await expect
      .poll(
        async () =>
          (await tableRows<Evidence>(ext.worker, 'evidence')).filter((e) => e.source === 'email').length,
        { timeout: 10_000 },
      )
      .toBeGreaterThan(0);
    const email = (await tableRows<Evidence>(ext.worker, 'evidence')).filter((e) => e.source === 'email');
    expect(
      email.every((e) => e.speaker === 'Dana Reyes' && e.status === 'suggested' && e.accountId === 'a_acme'),
    ).toBe(true);
    await page.close();
  });

  it('puts a playbook snippet into the focused Gmail compose box as plain text', async () => {
    const page = await openApp(GMAIL_URL);
    await expect.poll(async () => (await activeContext()).app, { timeout: 15_000 }).toBe('gmail');
    await page.click('div[aria-label="Message Body"]');
    const snippet = 'Hi Dana,\n<b>not bold</b> — here is the one-page summary.';
    const result = await sendFromPanel<InsertResult>(panel, 'insertSnippet', { text: snippet });
    expect(result).toEqual({ inserted: true });
    const box = page.locator('div[aria-label="Message Body"]');
    expect(await box.innerText()).toContain('<b>not bold</b> — here is the one-page summary.');
    expect(await box.locator('b').count()).toBe(0);
    // A second click with the same snippet does not paste a second copy.
    const again = await sendFromPanel<InsertResult>(panel, 'insertSnippet', { text: snippet });
    expect(again.inserted).toBe(false);
    expect(again.reason).toMatch(/already in this reply/);
    expect((await box.innerText()).split('here is the one-page summary').length).toBe(2);
    await page.close();
  });

  it('inserts at the cursor with a space, as one undo step', async () => {
    const page = await openApp(GMAIL_URL);
    await expect.poll(async () => (await activeContext()).app, { timeout: 15_000 }).toBe('gmail');
    const box = page.locator('div[aria-label="Message Body"]');
    await box.click();
    await page.keyboard.type('Hi Dana,');
    // The rep pauses and puts the caret back at the end (as a click would): Chromium closes the
    // typing step there, so what they typed is its own undo step.
    await box.evaluate((el) => el.ownerDocument.getSelection()?.collapse(el, el.childNodes.length));
    const result = await sendFromPanel<InsertResult>(panel, 'insertSnippet', { text: 'Thanks [name].' });
    expect(result).toEqual({ inserted: true });
    expect(await box.innerText()).toBe('Hi Dana, Thanks [name].');
    // One undo takes the whole snippet back, spacing included, and nothing the rep typed. (Chromium
    // folds consecutive insertText commands into one step, so "one command" is held by the unit
    // test in compose-insertion.test.ts; a DOM-only insertion fails here: undo takes the typing.)
    await box.focus();
    await page.keyboard.press('Control+z');
    expect(await box.innerText()).toBe('Hi Dana,');
    await page.close();
  });

  it('says the active tab is not an email app instead of blaming a missing reader', async () => {
    const crm = await openApp(SF_URL);
    await expect.poll(async () => (await activeContext()).app, { timeout: 15_000 }).toBe('salesforce');
    const result = await sendFromPanel<InsertResult>(panel, 'insertSnippet', { text: 'Hello' });
    expect(result).toMatchObject({ inserted: false, reason: expect.stringMatching(/not Gmail or Outlook/) });
    await crm.close();
  });

  it('puts a snippet into the Outlook reply editor too (roles and ids, no hashed classes)', async () => {
    const page = await openApp(OUTLOOK_URL);
    await expect.poll(async () => (await activeContext()).app, { timeout: 15_000 }).toBe('outlook');
    await page.click('div[id^="editorParent"] [contenteditable="true"]');
    const result = await sendFromPanel<InsertResult>(panel, 'insertSnippet', {
      text: 'Hallo Lena, anbei die Unterlagen.',
    });
    expect(result).toEqual({ inserted: true });
    expect(await page.locator('div[id^="editorParent"] [contenteditable="true"]').innerText()).toContain(
      'Hallo Lena, anbei die Unterlagen.',
    );
    await page.close();
  });

  it('resolves a Meet call from known people; a scripted caption stream becomes suggested evidence', async () => {
    const page = await openApp(MEET_URL);
    await expect
      .poll(async () => (await activeContext()).resolution, { timeout: 15_000 })
      .toMatchObject({
        accountId: 'a_acme',
        method: 'name',
      });
    const stream = JSON.parse(fixtureHtml('meet/2026-11-21-caption-stream.json')) as { steps: CaptionStep[] };
    await playCaptionStream(page, stream.steps, 2);
    const captions = async () =>
      (await tableRows<Evidence>(ext.worker, 'evidence')).filter(
        (e) => e.source === 'caption' && e.origin?.includes('renewal'),
      );
    await expect
      .poll(async () => (await captions()).map((e) => e.speaker), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['Dana Reyes', 'Marcus Lindqvist']));
    const rows = await captions();
    expect(rows.some((e) => e.speaker === 'You')).toBe(false);
    expect(rows.find((e) => e.speaker === 'Marcus Lindqvist')).toMatchObject({
      personId: 'p_marcus',
      status: 'suggested',
    });
    const keys = rows.map((e) => `${e.motivation}|${e.quote}`);
    expect(new Set(keys).size).toBe(keys.length);
    // The open panel follows the call tab and lists the quote among its suggestions.
    await expect
      .poll(() => panel.getByTestId('suggestion').allTextContents(), { timeout: 10_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('show the board')]));
    const context = await activeContext();
    expect(context.suggestedPeople?.map((p) => p.name)).toContain('Jo Whitfield');
    expect(context.meeting).toMatchObject({ captionsOn: true });
    await page.close();
  });

  it('shows a buyer’s caption as suggested evidence within a second of the line ending', async () => {
    const page = await openApp(MEET_URL);
    await expect
      .poll(async () => (await activeContext()).resolution.accountId, { timeout: 15_000 })
      .toBe('a_acme');
    const quote = 'I need to be able to show the board we will not be blamed if it happens again.';
    const count = async () =>
      (await tableRows<Evidence>(ext.worker, 'evidence')).filter((e) =>
        e.quote?.includes('we will not be blamed'),
      ).length;
    await playCaptionStream(page, [
      { atMs: 0, blocks: [{ id: 'late1', speaker: 'Dana Reyes', text: quote }] },
    ]);
    // The turn is final once someone else speaks.
    const started = Date.now();
    await playCaptionStream(page, [
      {
        atMs: 0,
        blocks: [
          { id: 'late1', speaker: 'Dana Reyes', text: quote },
          { id: 'late2', speaker: 'You', text: 'Understood' },
        ],
      },
    ]);
    await expect.poll(count, { timeout: 15_000, interval: 25 }).toBeGreaterThan(0);
    const latency = Date.now() - started;
    // Speed is measured by `npm run bench` (captions); this only logs it.
    console.log(`caption line → stored suggested evidence: ${latency} ms`);
    await page.close();
  });

  it('obeys the email privacy switch in the page itself, and resumes when it is turned back on', async () => {
    const setSettings = (settings: object) =>
      panel.evaluate((value) => chrome.storage.local.set({ 'motive:settings': value }), settings);
    await setSettings({ readEmail: false, readCaptions: true, readCrm: true });
    const url = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzPrivacySwitchOffTestThread';
    const page = await openApp(url);
    const rowsFor = async () =>
      (await tableRows<PageContextRow>(ext.worker, 'pageContexts')).filter((r) => r.context.url === url);
    await page.waitForTimeout(1_500);
    expect(await rowsFor()).toEqual([]);
    const blocked = await sendFromPanel<InsertResult>(panel, 'insertSnippet', { text: 'Hello' });
    expect(blocked).toMatchObject({
      inserted: false,
      reason: expect.stringContaining('Email reading is off'),
    });
    await setSettings({ readEmail: true, readCaptions: true, readCrm: true });
    await expect.poll(async () => (await rowsFor()).length, { timeout: 10_000 }).toBe(1);
    await page.close();
  });

  it('says when Meet captions are off and how to turn them on', async () => {
    const page = await openApp(MEET_OFF_URL);
    await expect
      .poll(async () => (await activeContext()).meeting, { timeout: 15_000 })
      .toMatchObject({
        captionsOn: false,
        captionsHelp: expect.stringContaining('CC'),
      });
    await page.close();
  });

  it('reads the Zoom meeting inside its same-origin frame, not the shell around it', async () => {
    const page = await openApp(ZOOM_URL);
    await expect
      .poll(async () => (await activeContext()).resolution, { timeout: 15_000 })
      .toMatchObject({
        accountId: 'a_globex',
        method: 'name',
      });
    const rows = (await tableRows<PageContextRow>(ext.worker, 'pageContexts')).filter(
      (r) => r.context.app === 'zoom',
    );
    expect(rows.map((r) => r.context.url)).toEqual(['https://app.zoom.us/wc/85012345678/meeting?fromPWA=1']);
    await page.close();
  });

  it('keeps hostile page text as bounded text: markup in names and 1 MB titles', async () => {
    const page = await openApp(HOSTILE_URL);
    await expect.poll(async () => (await activeContext()).app, { timeout: 15_000 }).toBe('hubspot');
    const [row] = (await tableRows<PageContextRow>(ext.worker, 'pageContexts')).filter(
      (r) => r.context.app === 'hubspot',
    );
    expect(row?.context.readStatus).toBe('ok');
    expect(row?.context.account?.name?.length).toBe(300);
    expect(row?.context.account?.name?.startsWith(HOSTILE_NAME)).toBe(true);
    expect(row?.context.people[0]?.name).toBe('<script>alert(1)</script>Mallory');
    await expect
      .poll(() => panel.getByTestId('resolution').textContent(), { timeout: 10_000 })
      .toContain('<img src=x');
    expect(await panel.locator('[data-testid="resolution"] img, [data-testid="resolution"] b').count()).toBe(
      0,
    );
    expect(await panel.title()).not.toBe('pwned');
    await page.close();
  });
});

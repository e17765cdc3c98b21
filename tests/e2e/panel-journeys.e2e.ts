/**
 * The side panel's three user journeys, end to end in real Chromium with the built extension:
 * a rep runs a call by keyboard, an SDR qualifies an email thread and inserts a snippet, an
 * account manager preps a renewal and exports the brief. Screenshots are kept in
 * test-results/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evidence, Note } from '../../lib/domain/records';
import { GMAIL_URL, MEET_URL, SF_URL } from './sites-data';
import { fixtureHtml } from './sites-helpers';
import { launchExtension, startFixtureServer, type FixtureServer, type LaunchedExtension } from './harness';
import { JOURNEY_SEED as SEED, readTable, seedDatabase } from './panel-seed';

const SHOTS = resolve('test-results/screenshots');
const GMAIL_THREAD = readFileSync(resolve('tests/fixtures/sites/gmail/2026-11-21-thread.html'), 'utf8');

describe('side panel journeys in Chromium', () => {
  let server: FixtureServer;
  let ext: LaunchedExtension;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startFixtureServer();
    server.page('mail.google.com', '/mail/u/0/', GMAIL_THREAD);
    server.page(
      'northwind-sales.lightning.force.com',
      '/lightning/r/Account/001Hs00003ZkQpLIAV/view',
      fixtureHtml('salesforce/2026-11-20-account.html'),
    );
    server.page('meet.google.com', '/kfz-qwmx-dpr', fixtureHtml('meet/2026-11-21-call.html'));
    ext = await launchExtension({ fixturePort: server.port, args: ['--window-size=420,900'] });
    // Open the panel once so Dexie creates the database, then seed it.
    const first = await ext.openExtensionPage('sidepanel.html');
    await first.getByRole('heading', { level: 1 }).waitFor();
    await seedDatabase(first, SEED);
    await first.close();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function openPanel(accountId: string): Promise<Page> {
    const page = await ext.openExtensionPage(`sidepanel.html?account=${accountId}`);
    await page.setViewportSize({ width: 400, height: 900 });
    await page.getByTestId('workspace').waitFor();
    return page;
  }
  /** Brings `tab` to the front: the panel must follow it to `account`, on `card`. */
  async function hop(page: Page, tab: Page, account: string, card: string): Promise<void> {
    await tab.bringToFront();
    await expect
      .poll(() => page.getByTestId('account-name').textContent(), { timeout: 15_000 })
      .toBe(account);
    await page.getByTestId(card).waitFor({ timeout: 10_000 });
  }
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

  it('a rep runs a live call by keyboard: ticks a signal, confirms a quote, notes, switches person, sees the play, hops tabs', async () => {
    const page = await openPanel('a_live');
    await page.keyboard.press('m');
    await expect.poll(() => page.getByRole('radio', { name: 'Live call' }).isChecked()).toBe(true);
    await page.getByTestId('live-card').waitFor();
    expect(await page.getByTestId('next-question').textContent()).toBeTruthy();
    await shot(page, 'live-call-1-start');

    // t: find a signal, Enter ticks it, Escape leaves the field.
    await page.keyboard.press('t');
    await page.keyboard.type('past implementation');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByText('1 ticked').count()).toBeGreaterThan(0);

    // y: confirm the highlighted (newest) suggested quote.
    await page.keyboard.press('y');
    await expect
      .poll(
        async () => (await readTable<Evidence>(page, 'evidence')).find((e) => e.id === 'e_live_new')?.status,
      )
      .toBe('confirmed');

    // n: a note stamped with the time, saved with Ctrl+Enter.
    await page.keyboard.press('n');
    await page.keyboard.type('Marcus wants the audit trail before signing');
    await page.keyboard.press('Control+Enter');
    await page
      .getByText(/Note saved at \d\d:\d\d/)
      .first()
      .waitFor();
    await page.keyboard.press('Escape');
    const notes = await readTable<Note>(page, 'notes');
    expect(notes.find((n) => n.text.includes('audit trail'))).toMatchObject({
      kind: 'call',
      accountId: 'a_live',
    });

    // p: talk to the next person; the play follows them.
    await page.keyboard.press('p');
    await expect.poll(() => page.getByTestId('talking-to').inputValue()).toBe('p_dana');
    await page.keyboard.press('3');
    await expect.poll(() => page.getByTestId('play-context').textContent()).toContain('Dana Ortiz');
    await expect.poll(() => page.locator('[data-testid="play-say"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.why-chip').first().textContent()).toMatch(/^why: /);
    await shot(page, 'live-call-2-play');

    // ?: the overlay lists the shortcuts; Escape closes it.
    await page.keyboard.press('?');
    const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await overlay.waitFor();
    expect(await overlay.getByText('Confirm the highlighted suggested quote').count()).toBe(1);
    await shot(page, 'live-call-3-shortcuts');
    await page.keyboard.press('Escape');
    await expect.poll(() => overlay.count()).toBe(0);

    // Between calls: the next call's tab (Acme's people are on it), a renewal's CRM record, the
    // call again; the panel follows each page to its own account and mode card.
    const call = await ext.context.newPage();
    await call.goto(MEET_URL);
    await hop(page, call, 'Acme Corp', 'live-card');
    const crm = await ext.context.newPage();
    await crm.goto(SF_URL);
    await hop(page, crm, 'Kestrel Analytics', 'prep-card');
    await hop(page, call, 'Acme Corp', 'live-card');
    await crm.close();
    await call.close();
    await page.close();
  });

  it('an SDR qualifies an email thread: the mode follows the tab, a quote is confirmed, a snippet is inserted, tabs hopped', async () => {
    const page = await openPanel('a_acme');
    const gmail = await ext.context.newPage();
    await gmail.goto(GMAIL_URL); // an open thread, as an SDR has it
    await gmail.bringToFront();
    await gmail.reload();
    await expect
      .poll(() => page.getByRole('radio', { name: 'Email' }).isChecked(), { timeout: 15_000 })
      .toBe(true);
    const card = page.getByTestId('email-card');
    await card.waitFor();
    expect(await card.getByTestId('qualify-motivation').getAttribute('data-done')).toBe('false');
    await shot(page, 'email-1-thread');

    await page.keyboard.press('y');
    await expect.poll(() => card.getByTestId('qualify-motivation').getAttribute('data-done')).toBe('true');

    // The rep starts the reply, then inserts the snippet from the panel.
    const box = gmail.locator('[contenteditable="true"]').first();
    await box.click();
    await gmail.keyboard.type('Hi Dana,');
    // The panel is not a tab in real use: Gmail stays the active tab while the rep clicks.
    const insert = card.getByRole('button', { name: /^Insert into email/ }).first();
    await insert.click();
    const result = card.getByTestId('insert-result').first();
    await expect.poll(() => result.textContent(), { timeout: 10_000 }).toMatch(/^Inserted/);
    const compose = await box.innerText();
    // Spaced after what the rep typed; no slot left raw: filled or a visible [prompt].
    expect(compose).toMatch(/^Hi Dana, \S/);
    expect(compose).not.toMatch(/\{[a-z_]+\}/);
    await shot(page, 'email-2-inserted');
    // A second click does not paste a second copy.
    await insert.click();
    await expect.poll(() => result.textContent(), { timeout: 10_000 }).toMatch(/already in this reply/);
    expect(await box.innerText()).toBe(compose);

    // The SDR glances at another company's CRM record and comes back: the panel follows each page.
    const crm = await ext.context.newPage();
    await crm.goto(SF_URL);
    await hop(page, crm, 'Kestrel Analytics', 'prep-card');
    await hop(page, gmail, 'Acme Corp', 'email-card');
    await crm.close();
    await gmail.close();
    await page.close();
  });

  it('an account manager preps a renewal: brief first, who joined and who left highlighted, brief copied and downloaded, tabs hopped', async () => {
    const page = await openPanel('a_renew');
    await expect.poll(() => page.getByRole('radio', { name: 'Renewal prep' }).isChecked()).toBe(true);
    const prep = page.getByTestId('prep-card');
    await prep.getByTestId('renewal-brief').waitFor();
    const changes = await prep.getByTestId('brief-changes').textContent();
    expect(changes).toContain('Priya Nair');
    // From the group the sale's snapshot recorded: the economic buyer has left since.
    expect(changes).toContain('left Tomás Greer');
    await shot(page, 'renewal-1-prep');
    // People sits behind the card: 2 opens it, with the newcomer highlighted.
    await page.keyboard.press('2');
    await page.locator('.person').first().waitFor();
    expect(await page.locator('.person.is-new').count()).toBe(1);

    await page.keyboard.press('5');
    // The Brief view's full brief, not the compact one on the card (which leaves the metric
    // to the card's own field): it renders just after the key.
    const brief = page.locator('#view-panel').getByTestId('renewal-brief');
    await brief.waitFor();
    expect(await brief.textContent()).toContain('Month-end close in 3 days');
    // Headless Chromium has no system clipboard: record what the panel writes to it.
    await page.evaluate(() => {
      const record = window as unknown as { copied?: string };
      navigator.clipboard.writeText = (text: string) => {
        record.copied = text;
        return Promise.resolve();
      };
    });
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await page.getByText('Copied.').waitFor();
    const copied = await page.evaluate(() => (window as unknown as { copied?: string }).copied ?? '');
    expect(copied).toContain('Kestrel Analytics');
    expect(copied).toContain('Priya Nair');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('brief-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe('kestrel-analytics-renewal-brief.md');
    expect(readFileSync(await download.path(), 'utf8')).toBe(copied);
    await shot(page, 'renewal-2-brief');

    // From the renewal's CRM record to another company's thread and back: each page its own account.
    const crm = await ext.context.newPage();
    await crm.goto(SF_URL);
    await hop(page, crm, 'Kestrel Analytics', 'prep-card');
    const gmail = await ext.context.newPage();
    await gmail.goto(GMAIL_URL);
    await hop(page, gmail, 'Acme Corp', 'email-card');
    await hop(page, crm, 'Kestrel Analytics', 'prep-card');
    await gmail.close();
    await crm.close();
    await page.close();
  });
});

/**
 * The rep's own words become suggested evidence: a discovery answer and a note are sent to the
 * background, read by the detector there, and the quotes appear in Diagnose's suggestions
 * (a Dexie live query) — end to end in Chromium with the built extension.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evidence } from '../../lib/domain/records';
import { DISCOVERY_QUESTIONS } from '../../lib/domain/movement/discovery-questions';
import { launchExtension, startFixtureServer, type FixtureServer, type LaunchedExtension } from './harness';
import { account, readTable, seedDatabase } from './panel-seed';

const BUYER_WORDS = 'My team is drowning in manual spreadsheets every week and we are exhausted.';
const NOTE_WORDS = 'The board is worried we will fail the audit again this year.';

/**
 * Diagnose opens collapsed to the top motivations; discovery sits behind its disclosure, opened
 * once the way a rep would, by its summary. It must stay open while the account's records stream
 * in (the answer's suggestion, the note's) and when the rep comes back to Diagnose.
 */
async function openDiscovery(page: Page): Promise<void> {
  await page.getByTestId('diagnose-more').locator('> summary').click();
}
/** A view's button under the mode card (the views are folded behind it until opened). */
const viewButton = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name });
const disclosureOpen = (page: Page) =>
  page.getByTestId('diagnose-more').evaluate((details) => (details as HTMLDetailsElement).open);

describe('discovery answers and notes → suggested evidence in Chromium', () => {
  let server: FixtureServer;
  let ext: LaunchedExtension;

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchExtension({ fixturePort: server.port, args: ['--window-size=420,900'] });
    const first = await ext.openExtensionPage('sidepanel.html');
    await first.getByRole('heading', { level: 1 }).waitFor();
    await seedDatabase(first, {
      accounts: [
        account({ id: 'a_text', name: 'Fjord Shipping', domain: 'fjord.example', stage: 'discovery' }),
      ],
    });
    await first.close();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const suggestions = (page: Page) => page.getByTestId('suggestion');
  const rows = async (page: Page) =>
    (await readTable<Evidence & { deleted: 0 | 1 }>(page, 'evidence')).filter(
      (e) => e.accountId === 'a_text' && e.deleted === 0,
    );

  it('a typed answer and a saved note each show up as a suggestion with their source', async () => {
    const page = await ext.openExtensionPage('sidepanel.html?account=a_text');
    await page.getByTestId('workspace').waitFor();
    await viewButton(page, 'Diagnose').click();
    const question = DISCOVERY_QUESTIONS.find((q) => q.id === 'pain')!;
    await openDiscovery(page);
    await page.getByLabel(question.prompt).fill(BUYER_WORDS);
    await page.getByLabel(question.prompt).blur();

    await suggestions(page).filter({ hasText: 'drowning' }).first().waitFor();
    expect(await disclosureOpen(page)).toBe(true);
    expect(await rows(page)).toEqual([
      expect.objectContaining({
        source: 'answer',
        origin: 'discovery:pain',
        status: 'suggested',
        motivation: 'relief',
      }),
    ]);

    await viewButton(page, 'Notes').click();
    await page.getByRole('textbox', { name: /New note/ }).fill(NOTE_WORDS);
    await page.getByRole('button', { name: 'Save note' }).click();
    await viewButton(page, 'Diagnose').click();
    await suggestions(page).filter({ hasText: 'audit' }).first().waitFor();
    expect((await rows(page)).map((e) => e.source).sort()).toEqual(['answer', 'note']);

    // Re-saving the answer unchanged adds nothing; rewriting it replaces its suggestion. The
    // disclosure the rep opened is still open: the panel remembers it while records arrive.
    expect(await disclosureOpen(page)).toBe(true);
    await page.getByLabel(question.prompt).fill('Nobody in particular, it works well.');
    await page.getByLabel(question.prompt).blur();
    await expect.poll(async () => (await rows(page)).map((e) => e.source)).toEqual(['note']);
    // The panel re-renders from its live query a moment after the row goes: wait for it.
    await expect
      .poll(() => suggestions(page).filter({ hasText: 'drowning' }).count(), { timeout: 10_000 })
      .toBe(0);
    expect(await disclosureOpen(page)).toBe(true);
    await page.close();
  });
});

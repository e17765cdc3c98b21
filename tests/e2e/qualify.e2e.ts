/**
 * Before and after the call, end to end in real Chromium with the built extension: the
 * pre-call brief opens by itself in a Meet lobby (and with `b`), a call's captions become
 * quotes the rep confirms, the MEDDICC view shows them with their sources and copies them for
 * Salesforce, and the deal risks list their evidence. Screenshots at 400 px go to
 * test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../lib/domain/records';
import { launchExtension, startFixtureServer, type FixtureServer, type LaunchedExtension } from './harness';
import { seriousViolations } from './harness/axe';
import { readTable, seedDatabase } from './panel-seed';
import { CALL_URL, LOBBY_PAGE, LOBBY_URL, qualifySeed } from './qualify-data';
import { fixtureHtml, playCaptionStream } from './sites-helpers';

const SHOTS = resolve('test-results/screenshots');

describe('qualification, deal risks and the pre-call brief in Chromium', () => {
  let server: FixtureServer;
  let ext: LaunchedExtension;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startFixtureServer();
    server.page('meet.google.com', new URL(LOBBY_URL).pathname, LOBBY_PAGE);
    server.page('meet.google.com', new URL(CALL_URL).pathname, fixtureHtml('meet/2026-11-21-call.html'));
    ext = await launchExtension({ fixturePort: server.port, args: ['--window-size=420,900'] });
    const first = await ext.openExtensionPage('sidepanel.html');
    await first.getByRole('heading', { level: 1 }).waitFor();
    await seedDatabase(first, qualifySeed());
    await first.close();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function openPanel(width = 400): Promise<Page> {
    const page = await ext.openExtensionPage('sidepanel.html?account=a_acme');
    await page.setViewportSize({ width, height: 900 });
    await page.getByTestId('workspace').waitFor();
    return page;
  }
  const overflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

  it('opens the pre-call brief by itself in the Meet lobby, and closes it once the rep joins', async () => {
    const panel = await openPanel();
    const meet = await ext.context.newPage();
    await meet.goto(LOBBY_URL);
    await meet.bringToFront();
    const brief = panel.getByTestId('precall-brief');
    await brief.waitFor({ timeout: 15_000 });
    await expect.poll(() => brief.textContent()).toContain('You are in the meeting lobby');
    const who = brief.getByRole('list', { name: 'Who is expected' });
    expect(await who.textContent()).toContain('Marcus Lindqvist, CFO · Economic buyer');
    expect(await brief.getByRole('list', { name: 'Questions to ask' }).locator('li').count()).toBe(3);
    expect(await brief.textContent()).toContain('Still unknown');
    expect(await brief.getByRole('list', { name: 'Proof to have ready' }).textContent()).toContain('why:');
    const open = await brief.getByRole('list', { name: 'Open commitments' }).textContent();
    expect(open).toContain('I’ll send the SSO documentation before the security review.');
    expect(open).toContain('Loop in procurement');
    expect(await overflow(panel)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(panel, 'pre-call brief')).toEqual([]);
    await shot(panel, 'precall-brief-400');

    // Joining: the same tab now shows the in-call toolbar; the brief steps aside.
    await meet.goto(CALL_URL);
    await meet.bringToFront();
    await expect.poll(() => brief.count(), { timeout: 15_000 }).toBe(0);
    await meet.close();
    await panel.close();
  });

  it('opens the pre-call brief with b in any mode, focused, and fits 320 px', async () => {
    const panel = await openPanel(320);
    await panel.keyboard.press('b');
    const heading = panel.getByRole('heading', { name: 'Before the call' });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await overflow(panel)).toBeLessThanOrEqual(0);
    // Six view tabs at 320 px: the last one is whole on screen (they wrap), not cut off.
    const qualifyTab = await panel
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: /Qualify/ })
      .boundingBox();
    expect((qualifyTab?.x ?? 0) + (qualifyTab?.width ?? 0)).toBeLessThanOrEqual(320);
    await panel.keyboard.press('Escape');
    await expect.poll(() => heading.count()).toBe(0);
    await panel.close();
  });

  it('after a call, MEDDICC shows the confirmed quotes with their sources, copies for Salesforce, and the risks show their evidence', async () => {
    const panel = await openPanel();
    const meet = await ext.context.newPage();
    await meet.goto(CALL_URL);
    await meet.bringToFront();
    const pain = 'We lose 12 hours a week reconciling shipments by hand, and the team is exhausted.';
    // A question that carries its worry: the detector reports it as risk, so it becomes a quote.
    const question = 'What if the migration fails halfway and we lose the shipment data?';
    await playCaptionStream(meet, [
      { atMs: 0, blocks: [{ id: 'q1', speaker: 'Marcus Lindqvist', text: pain }] },
      {
        atMs: 1200,
        blocks: [
          { id: 'q1', speaker: 'Marcus Lindqvist', text: pain },
          { id: 'q2', speaker: 'Dana Reyes', text: question },
        ],
      },
      {
        atMs: 2400,
        blocks: [
          { id: 'q2', speaker: 'Dana Reyes', text: question },
          { id: 'q3', speaker: 'You', text: 'Good question, let me come back to that.' },
        ],
      },
    ]);
    // The rep confirms the pain quote from the suggestions (Dana's relief was already heard
    // from the page's first caption line, so hers would coalesce: lib/evidence/caption-flood.ts).
    const confirm = panel.getByRole('button', { name: `Confirm: ${pain}` }).first();
    await confirm.waitFor({ timeout: 15_000 });
    await confirm.click();
    await meet.close();

    // Closing the call's tab ends the call: the recap opens by itself (components/recap), and
    // closing it returns to the account, where the framework view shows what was confirmed.
    const closeRecap = panel.getByRole('button', { name: 'Close recap' });
    await closeRecap.waitFor({ timeout: 15_000 });
    await closeRecap.click();
    await panel.keyboard.press('6');
    const view = panel.getByRole('region', { name: 'MEDDICC' });
    await view.waitFor();
    const metrics = panel.getByTestId('field-metrics');
    await expect.poll(() => metrics.textContent(), { timeout: 10_000 }).toContain(`“${pain}”`);
    expect(await metrics.textContent()).toContain('from caption quote, Marcus Lindqvist');
    expect(await panel.getByTestId('field-identify-pain').textContent()).toContain(pain);
    expect(await panel.getByTestId('field-economic-buyer').textContent()).toContain('Marcus Lindqvist (CFO)');
    expect(await panel.getByTestId('field-champion').textContent()).toContain('Dana Reyes');
    expect(await panel.getByTestId('field-decision-criteria').textContent()).toMatch(/Not known yet\. Ask:/);

    // The rep confirms Metrics by keyboard; the confirmation is stored on the account.
    await panel.getByRole('button', { name: 'Confirm Metrics' }).focus();
    await panel.keyboard.press('Enter');
    await expect
      .poll(
        async () =>
          (await readTable<Account>(panel, 'accounts')).find((a) => a.id === 'a_acme')?.qualification,
      )
      .toMatchObject({ 'meddicc.metrics': { value: pain } });

    // Copy for CRM: Salesforce labels, the account's CRM.
    await panel.evaluate(() => {
      const record = window as unknown as { copied?: string };
      navigator.clipboard.writeText = (text: string) => {
        record.copied = text;
        return Promise.resolve();
      };
    });
    await panel.getByRole('button', { name: /^Copy for CRM/ }).click();
    await panel.getByText('Copied.').waitFor();
    const copied = await panel.evaluate(() => (window as unknown as { copied?: string }).copied ?? '');
    expect(copied).toContain('MEDDICC for Acme Corp (Salesforce)');
    expect(copied).toContain(`Metrics [Metrics__c]: ${pain}`);
    expect(copied).toContain('Economic Buyer [Economic_Buyer__c]: [to confirm] Marcus Lindqvist (CFO)');
    expect(copied).toContain('Decision Criteria [Decision_Criteria__c]: [unknown] ask:');

    // Deal risks, with their evidence.
    const risks = panel.getByTestId('deal-risks');
    expect(await risks.locator('[data-rule="pricing-not-discussed"]').textContent()).toContain(
      'Stage: proposal.',
    );
    expect(await risks.locator('[data-rule="criteria-unknown"]').count()).toBe(1);
    expect(await risks.locator('[data-rule="unanswered-question"]').textContent()).toContain(`“${question}”`);
    // The call's recap, saved as a call note when the call ended, holds the rep's "let me come
    // back to that": a next step said on the call, so no-next-step stays quiet.
    expect(await risks.locator('[data-rule="no-next-step"]').count()).toBe(0);
    await panel.getByText('What will be copied').click();
    expect(await overflow(panel)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(panel, 'MEDDICC with deal risks')).toEqual([]);
    await shot(panel, 'qualify-meddicc-400');

    // The same risks join the stakeholder warnings on People.
    await panel.keyboard.press('2');
    await expect.poll(() => panel.getByTestId('deal-risks').count(), { timeout: 10_000 }).toBe(1);
    await panel.close();
  });

  it('a team that picks SPICED in Options sees SPICED in the panel', async () => {
    const options = await ext.openExtensionPage('options.html');
    await options.getByRole('radio', { name: 'SPICED' }).check();
    await expect
      .poll(() =>
        options.evaluate(async () => (await chrome.storage.local.get('motive:settings'))['motive:settings']),
      )
      .toMatchObject({ qualificationFramework: 'spiced' });
    await options.close();
    const panel = await openPanel();
    await panel.keyboard.press('6');
    await panel.getByRole('region', { name: 'SPICED' }).waitFor();
    expect(await panel.getByTestId('field-critical-event').textContent()).toContain('Critical event');
    await panel.close();
  });
});

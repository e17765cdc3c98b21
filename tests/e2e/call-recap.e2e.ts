/**
 * After the call, end to end in real Chromium with the built extension: a Meet call (fixture
 * under meet.google.com) carries a buyer's objection and a commitment in its captions; the
 * panel raises the objection card live; the call UI leaves and the recap opens by itself; the
 * rep ticks the agreed step and inserts the follow-up into a Gmail reply. Screenshots of the
 * recap and the follow-up at 400 px go to test-results/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Note } from '@/lib/domain/records';
import type { ActiveContext } from '@/lib/messaging/protocol';
import { seedDatabase } from './panel-seed';
import { launchExtension, startFixtureServer, type FixtureServer, type LaunchedExtension } from './harness';
import { GMAIL_URL, MEET_URL, SEED } from './sites-data';
import { fixtureHtml, playCaptionStream, sendFromPanel, tableRows } from './sites-helpers';

const SHOTS = resolve('test-results/screenshots');
const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on the page (as panel-a11y.e2e.ts runs it). */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugger protocol: the extension page's CSP blocks an injected script tag.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    type Violation = { id: string; impact: string | null; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The call's captions: a pain, the rep's promise, an objection, a line in German, the rep closing the turn. */
const CALL = [
  {
    id: 'c1',
    speaker: 'Dana Reyes',
    text: 'So the team is exhausted after the outage. We spent three weekends firefighting.',
  },
  { id: 'c2', speaker: 'You', text: 'I’ll send the security summary by Friday.' },
  {
    id: 'c3',
    speaker: 'Marcus Lindqvist',
    text: 'Honestly, what if it fails halfway through the migration?',
  },
  {
    id: 'c4',
    speaker: 'Jo Whitfield',
    text: 'Wir haben das schon einmal versucht, aber es hat nicht funktioniert.',
  },
  { id: 'c5', speaker: 'You', text: 'Understood, thank you all.' },
];

describe('call recap and follow-up in Chromium', () => {
  let server: FixtureServer;
  let ext: LaunchedExtension;
  let panel: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startFixtureServer();
    server.page('meet.google.com', '/kfz-qwmx-dpr', fixtureHtml('meet/2026-11-21-call.html'));
    server.page('mail.google.com', '/mail/u/0/', fixtureHtml('gmail/2026-11-21-thread.html'));
    ext = await launchExtension({ fixturePort: server.port, args: ['--window-size=420,900'] });
    panel = await ext.openExtensionPage('sidepanel.html');
    await seedDatabase(panel, SEED);
    await panel.setViewportSize({ width: 400, height: 900 });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('raises the objection card live, shows the recap when the call ends, and inserts the follow-up into a Gmail reply', async () => {
    const meet = await ext.context.newPage();
    await meet.goto(MEET_URL);
    await meet.bringToFront();
    await expect
      .poll(
        async () => (await sendFromPanel<ActiveContext>(panel, 'getActiveContext', {})).resolution.accountId,
        {
          timeout: 15_000,
        },
      )
      .toBe('a_acme');
    await panel.getByTestId('live-card').waitFor({ timeout: 15_000 });

    // Each turn is final once the next speaker starts.
    for (let i = 1; i <= CALL.length; i++)
      await playCaptionStream(meet, [{ atMs: 0, blocks: CALL.slice(0, i) }]);
    const card = panel.getByTestId('objection-card');
    await card.first().waitFor({ timeout: 10_000 });
    expect(await card.first().textContent()).toContain('"What if it fails halfway?"');
    expect(await card.first().locator('.why-chip').textContent()).toMatch(
      /^why: heard “Honestly, what if it fails halfway/,
    );
    await expect
      .poll(() => panel.getByTestId('not-diagnosed').textContent(), { timeout: 10_000 })
      .toContain('Not diagnosed: German');
    await panel.screenshot({ path: `${SHOTS}/recap-0-objection-card-400.png`, fullPage: true });
    // The rep confirms the buyer's words before the call ends (the newest suggestion first).
    await expect.poll(() => panel.getByTestId('suggestion').count(), { timeout: 10_000 }).toBeGreaterThan(0);

    // The call UI leaves: Meet's "you left the meeting" screen has no toolbar and no captions.
    await meet.evaluate(() => {
      const left = document.createElement('h1');
      left.textContent = 'You left the meeting';
      document.body.replaceChildren(left);
    });
    const recap = panel.getByTestId('call-recap');
    await recap.waitFor({ timeout: 15_000 });
    await expect
      .poll(() => panel.getByTestId('recap-note-status').textContent(), { timeout: 10_000 })
      .toBe('Saved as a call note.');
    expect(await panel.getByTestId('recap-commitments').textContent()).toContain(
      'send the security summary by Friday',
    );
    expect(await panel.getByTestId('recap-risks').textContent()).toMatch(/worry it fails/);
    expect(await panel.getByTestId('recap-not-diagnosed').textContent()).toContain('Not diagnosed: German');
    expect(await panel.getByTestId('recap-speakers').textContent()).toContain('Marcus Lindqvist');
    // The rep reviews the call's suggested quotes in one pass: the buyer's worry is confirmed.
    const confirmWorry = panel.getByRole('button', { name: /^Confirm: Honestly, what if it fails halfway/ });
    await confirmWorry.first().waitFor();
    await confirmWorry.first().click();
    await expect.poll(() => panel.getByTestId('follow-up-text').textContent()).toMatch(/In your words:\n- “/);
    await panel.screenshot({ path: `${SHOTS}/recap-1-after-call-400.png`, fullPage: true });

    const notes = await tableRows<Note>(ext.worker, 'notes');
    const saved = notes.find((n) => n.tags.includes('recap'));
    expect(saved).toMatchObject({ accountId: 'a_acme', kind: 'call' });
    expect(saved?.text).toContain('Wir haben das schon einmal versucht');

    // The follow-up: the agreed step ticked, then inserted into a Gmail reply at the cursor.
    await panel.getByRole('checkbox', { name: /send the security summary/ }).check();
    const followUp = panel.getByTestId('follow-up-text');
    await expect
      .poll(() => followUp.textContent())
      .toContain('- From our side: send the security summary by Friday');
    await panel.getByTestId('follow-up').screenshot({ path: `${SHOTS}/recap-2-follow-up-400.png` });

    const gmail = await ext.context.newPage();
    await gmail.goto(GMAIL_URL);
    await gmail.bringToFront();
    await expect
      .poll(async () => (await sendFromPanel<ActiveContext>(panel, 'getActiveContext', {})).app, {
        timeout: 15_000,
      })
      .toBe('gmail');
    const box = gmail.locator('[contenteditable="true"]').first();
    await box.click();
    // The recap stays on screen while the rep moves to the email tab.
    await recap.waitFor();
    await panel.getByRole('button', { name: 'Insert into email: the follow-up email' }).click();
    await expect
      .poll(() => panel.getByTestId('follow-up').getByTestId('insert-result').textContent(), {
        timeout: 10_000,
      })
      .toMatch(/^Inserted/);
    const reply = await box.innerText();
    expect(reply).toContain('Hi Dana,');
    expect(reply).toContain('send the security summary by Friday');
    // Their confirmed words, and nothing left unconfirmed.
    expect(reply).toContain('“Honestly, what if it fails halfway');
    expect(reply).not.toContain('exhausted');

    expect(await seriousViolations(panel)).toEqual([]);
    // No horizontal overflow at 320 px.
    await panel.setViewportSize({ width: 320, height: 900 });
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await panel.setViewportSize({ width: 400, height: 900 });
    await gmail.close();
    await meet.close();
  });

  it('closing the call tab ends the call too; r reopens the last recap by key', async () => {
    await panel.getByRole('button', { name: 'Close recap' }).click();
    const meet = await ext.context.newPage();
    await meet.goto(MEET_URL);
    await meet.bringToFront();
    await expect
      .poll(
        async () => (await sendFromPanel<ActiveContext>(panel, 'getActiveContext', {})).resolution.accountId,
        {
          timeout: 15_000,
        },
      )
      .toBe('a_acme');
    await playCaptionStream(meet, [
      {
        atMs: 0,
        blocks: [CALL[0]!, { id: 'z', speaker: 'You', text: 'Let’s book the demo for next Tuesday.' }],
      },
    ]);
    await playCaptionStream(meet, [
      {
        atMs: 0,
        blocks: [
          CALL[0]!,
          { id: 'z', speaker: 'You', text: 'Let’s book the demo for next Tuesday.' },
          { id: 'z2', speaker: 'Dana Reyes', text: 'Sounds good.' },
        ],
      },
    ]);
    // The new call is open in the background (its lines, not the last call's) before the tab closes.
    const openCall = () =>
      sendFromPanel<{ endedAt?: string; lines: { text: string }[] } | null>(panel, 'getCallRecord', {});
    await expect
      .poll(
        async () => {
          const call = await openCall();
          return !call?.endedAt && call?.lines.some((l) => l.text.includes('book the demo'));
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    await meet.close();
    await panel.getByTestId('call-recap').waitFor({ timeout: 15_000 });
    expect(await panel.getByTestId('recap-commitments').textContent()).toContain(
      'book the demo for next Tuesday',
    );
    await panel.getByRole('button', { name: 'Close recap' }).click();
    await panel.getByTestId('call-recap').waitFor({ state: 'detached' });
    await panel.locator('body').press('r');
    await panel.getByTestId('call-recap').waitFor({ timeout: 10_000 });
  });
});

/**
 * Selector packs end to end: the reference server publishes a team pack whose Meet title
 * selector is the only one that finds this page's meeting title; the extension, configured
 * through Options, fetches it and the content script reads the title with it. Then a malformed
 * pack is served: it is refused, the refusal is recorded, and the page still reads as before.
 * Last, the panel's redacted snapshot is taken from the same page by its content script.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SelectorPack } from '../../lib/domain/selector-pack';
import type { ActiveContext, SnapshotResult } from '../../lib/messaging/protocol';
import type { PackStatus } from '../../lib/sync/selector-pack-status';
import { checkSelectorPack } from '../../lib/sync/selector-pack-schema';
import { publishSelectorPack } from '../../server/store/selector-pack-store';
import type { SqlStore } from '../../server/store/sql-store';
import { launchExtension, startFixtureServer, type FixtureServer, type LaunchedExtension } from './harness';
import { startReferenceServer, type ReferenceServer } from './harness/reference-server';
import { fixtureHtml, sendFromPanel } from './sites-helpers';

const TITLE = 'Acme Corp / Seller renewal check-in';
const MEET_URL = 'https://meet.google.com/pck-pckq-tst';
const WORKSPACE = 'e2e-packs';

/** The Meet fixture after a "vendor release": the title sits in an attribute no built-in selector knows. */
const renamedTitlePage = fixtureHtml('meet/2026-11-21-call.html')
  .replace(`<title>Meet – ${TITLE}</title>`, '<title>Meet – pck-pckq-tst</title>')
  .replace(`data-meeting-title="${TITLE}"`, 'data-call-heading="1"');

const teamPack = (version: number, title: string[]): SelectorPack => ({
  format: 'motive-selector-pack/1',
  version,
  publishedAt: '2026-12-03T09:15:00Z',
  note: 'Meet moved its title attribute (hand-written for this test)',
  apps: { meet: { selectors: { title }, labels: {} } },
});

describe('a team selector pack served by the reference server', () => {
  let store: SqlStore;
  let server: ReferenceServer;
  let fixtures: FixtureServer;
  let ext: LaunchedExtension;
  let options: Page;
  let token: string;

  beforeAll(async () => {
    server = await startReferenceServer(WORKSPACE);
    ({ store, token } = server);
    fixtures = await startFixtureServer();
    fixtures.page('meet.google.com', '/pck-pckq-tst', renamedTitlePage);
    ext = await launchExtension({ fixturePort: fixtures.port });
  });
  afterAll(async () => {
    await ext?.close();
    await fixtures?.close();
    // The server closes its store and removes its data directory.
    await server?.close();
  });

  /** Opens the call page in a fresh tab and returns the meeting title the panel would show. */
  async function readTitleInNewTab(expected: string | undefined): Promise<void> {
    const page = await ext.context.newPage();
    await page.goto(MEET_URL);
    await page.bringToFront();
    await expect
      .poll(
        async () => {
          const context = await sendFromPanel<ActiveContext>(options, 'getActiveContext', {});
          return context.app === 'meet' ? { title: context.meeting?.title || undefined } : null;
        },
        { timeout: 20_000 },
      )
      .toEqual({ title: expected });
    await page.close();
  }

  it('reads the title only once the team pack is fetched, and keeps it when a malformed pack follows', async () => {
    options = await ext.openExtensionPage('options.html');
    // Built-in selectors: the renamed attribute is not found and the tab title holds only the code.
    await readTitleInNewTab(undefined);

    const good = checkSelectorPack(teamPack(1, ['[data-call-heading]']));
    if (!good.ok) throw new Error(good.reason);
    await publishSelectorPack(store, WORKSPACE, good.pack);
    await options.bringToFront();
    await options.getByLabel('Endpoint URL').fill(server.url);
    await options.getByLabel('Access token').fill(token);
    await options.getByRole('button', { name: 'Save' }).click();
    const fetched = await sendFromPanel<PackStatus>(options, 'refreshSelectorPack', {});
    expect(fetched.apps.meet).toMatchObject({ version: 1, publishedAt: '2026-12-03T09:15:00Z' });
    expect(fetched.apps.teams).toBeNull();
    expect(fetched.refused).toBeNull();
    await readTitleInNewTab(TITLE);
    const meetRow = options.getByRole('row', { name: /^Meet\b/ });
    await expect.poll(() => meetRow.textContent()).toMatch(/Team pack v1, published 2026-12-03/);

    // A server that hands out a pack the schema refuses (a selector that does not parse):
    // written straight to the store, as the publish route itself would refuse it.
    await publishSelectorPack(store, WORKSPACE, teamPack(2, ['[data-call-heading', 'div:nope(']));
    const refused = await sendFromPanel<PackStatus>(options, 'refreshSelectorPack', {});
    expect(refused.apps.meet).toMatchObject({ version: 1 });
    expect(refused.refused).toMatchObject({
      version: 2,
      reason: expect.stringMatching(/^team pack refused: /),
    });
    await readTitleInNewTab(TITLE);
    await expect
      .poll(() => options.getByRole('alert').first().textContent())
      .toMatch(/^Team pack v2 was not used/);
    expect(await meetRow.textContent()).toMatch(/Team pack v1/);
  });

  it('takes a redacted snapshot of the active call page in its content script, names and text masked', async () => {
    const page = await ext.context.newPage();
    await page.goto(MEET_URL);
    await page.bringToFront();
    await expect
      .poll(async () => (await sendFromPanel<ActiveContext>(options, 'getActiveContext', {})).app, {
        timeout: 20_000,
      })
      .toBe('meet');
    const before = await page.content();
    const taken = await sendFromPanel<SnapshotResult>(options, 'redactedPageSnapshot', {});
    expect(taken.app).toBe('meet');
    expect(taken.snapshot).toContain('data-call-heading="1"');
    expect(taken.snapshot).toContain('jsname="dsyhDe"');
    for (const text of ['Acme Corp', 'Dana Reyes', 'Marcus Lindqvist'])
      expect(taken.snapshot).not.toContain(text);
    expect(await page.content()).toBe(before);
    await page.close();
  });
});

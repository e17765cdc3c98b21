/**
 * The account follows the page (issue 12), in real Chromium: three companies' tabs (a Gmail
 * thread, a Meet call, a Salesforce record, fixture pages under their real hostnames), hopped
 * between in every order. Each tab's panel shows its own account, evidence from each lands on
 * its own account, and a hand-picked account on one thread does not leak to another
 * company's tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Account, Evidence } from '@/lib/domain/records';
import type { ActiveContext } from '@/lib/messaging/protocol';
import { account, person, seedDatabase, type Seed } from './panel-seed';
import { launchExtension, startFixtureServer, type FixtureServer, type LaunchedExtension } from './harness';
import { GMAIL_URL, MEET_URL, SF_URL } from './sites-data';
import { fixtureHtml, playCaptionStream, sendFromPanel, tableRows } from './sites-helpers';

const T0 = '2026-11-20T09:00:00.000Z';
const dated = { createdAt: T0, updatedAt: T0 };
const company = (id: string, name: string, extra: Partial<Account>) =>
  account({ id, name, stage: 'evaluation', ...dated, ...extra });
const lakesidePerson = (id: string, name: string) =>
  person({ id, accountId: 'a_lakeside', name, influence: 'high', ...dated });
/**
 * Three companies: the Gmail thread's participants write from acme.com (Acme), the Meet
 * call's speakers are Lakeside's people (by name), the Salesforce record is bound to Northwind.
 */
const SEED: Seed = {
  accounts: [
    company('a_acme', 'Acme Corporation', { domain: 'acme.com', successMetric: 'Acme: close in 3 days' }),
    company('a_lakeside', 'Lakeside Health', {
      domain: 'lakeside.example',
      successMetric: 'Lakeside: no missed referrals',
    }),
    // The CRM record is a renewal: its tab must show Northwind's renewal prep, never another's.
    company('a_northwind', 'Northwind Logistics', {
      domain: 'northwind.example',
      crmKeys: ['salesforce:Account:001Hs00003ZkQpLIAV'],
      stage: 'renewal',
      renewalDate: '2027-02-01',
      successMetric: 'Northwind: dock to stock in 4 hours',
    }),
  ],
  people: [lakesidePerson('p_dana_l', 'Dana Reyes'), lakesidePerson('p_marcus_l', 'Marcus Lindqvist')],
};

type Company = 'gmail' | 'meet' | 'salesforce';
const OWN: Record<Company, { id: string; name: string }> = {
  gmail: { id: 'a_acme', name: 'Acme Corporation' },
  meet: { id: 'a_lakeside', name: 'Lakeside Health' },
  salesforce: { id: 'a_northwind', name: 'Northwind Logistics' },
};
/** The mode card each company's tab opens the panel on (the first screen; views stay folded). */
const CARD: Record<Company, string> = { gmail: 'email-card', meet: 'live-card', salesforce: 'prep-card' };
const ORDERS: Company[][] = [
  ['gmail', 'meet', 'salesforce'],
  ['gmail', 'salesforce', 'meet'],
  ['meet', 'gmail', 'salesforce'],
  ['meet', 'salesforce', 'gmail'],
  ['salesforce', 'gmail', 'meet'],
  ['salesforce', 'meet', 'gmail'],
];

describe('hopping between three companies’ tabs', () => {
  let server: FixtureServer;
  let ext: LaunchedExtension;
  let panel: Page;
  const tabs = {} as Record<Company, Page>;

  const activeContext = () => sendFromPanel<ActiveContext>(panel, 'getActiveContext', {});
  const shownAccount = () => panel.getByTestId('account-name').textContent();
  async function hop(to: Company): Promise<void> {
    await tabs[to].bringToFront();
    await expect.poll(async () => (await activeContext()).app, { timeout: 15_000 }).toBe(to);
  }

  beforeAll(async () => {
    server = await startFixtureServer();
    server.page(
      'northwind-sales.lightning.force.com',
      '/lightning/r/Account/001Hs00003ZkQpLIAV/view',
      fixtureHtml('salesforce/2026-11-20-account.html'),
    );
    server.page('mail.google.com', '/mail/u/0/', fixtureHtml('gmail/2026-11-21-thread.html'));
    server.page('meet.google.com', '/kfz-qwmx-dpr', fixtureHtml('meet/2026-11-21-call.html'));
    ext = await launchExtension({ fixturePort: server.port });
    panel = await ext.openExtensionPage('sidepanel.html');
    await seedDatabase(panel, SEED);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('opens the three companies’ tabs, each resolved to its own account', async () => {
    for (const [company, url] of [
      ['gmail', GMAIL_URL],
      ['meet', MEET_URL],
      ['salesforce', SF_URL],
    ] as const) {
      tabs[company] = await ext.context.newPage();
      await tabs[company].goto(url);
      await tabs[company].bringToFront();
      await expect
        .poll(async () => (await activeContext()).resolution.accountId, { timeout: 15_000 })
        .toBe(OWN[company].id);
    }
  });

  it.each(ORDERS.map((order) => [order.join(' → '), order] as const))(
    'in the order %s, each tab’s panel shows its own account on that tab’s mode card',
    async (_title, order) => {
      for (const company of order) {
        await hop(company);
        await expect.poll(shownAccount, { timeout: 10_000 }).toBe(OWN[company].name);
        expect((await activeContext()).resolution.accountId).toBe(OWN[company].id);
        await panel.getByTestId(CARD[company]).waitFor({ timeout: 10_000 });
        if (company === 'salesforce') {
          // The renewal journey: the record's own renewal prep, whichever tab came before.
          const prep = panel.getByTestId('prep-card');
          await expect
            .poll(() => prep.getByLabel('Success metric promised').inputValue())
            .toBe('Northwind: dock to stock in 4 hours');
          expect(await prep.getByLabel('Renewal date').inputValue()).toBe('2027-02-01');
        }
      }
    },
  );

  it('evidence from each tab lands on that tab’s account, whatever the panel showed last', async () => {
    await hop('salesforce');
    await expect.poll(shownAccount, { timeout: 10_000 }).toBe('Northwind Logistics');
    // Captions from the call tab while the panel shows the CRM record's account.
    await playCaptionStream(tabs.meet, [
      {
        atMs: 0,
        blocks: [
          { id: 'hop1', speaker: 'Dana Reyes', text: 'Honestly the team is exhausted after the outage.' },
          { id: 'hop2', speaker: 'You', text: 'Understood.' },
        ],
      },
    ]);
    const rows = () => tableRows<Evidence>(ext.worker, 'evidence');
    await expect
      .poll(async () => (await rows()).filter((e) => e.source === 'caption').length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    await expect
      .poll(async () => (await rows()).filter((e) => e.source === 'email').length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    const evidence = await rows();
    expect(evidence.filter((e) => e.source === 'caption').every((e) => e.accountId === 'a_lakeside')).toBe(
      true,
    );
    expect(evidence.filter((e) => e.source === 'email').every((e) => e.accountId === 'a_acme')).toBe(true);
    expect(evidence.some((e) => e.accountId === 'a_northwind')).toBe(false);
  });

  it('a hand-picked account binds that thread only: other companies’ tabs keep their own', async () => {
    await hop('gmail');
    await expect.poll(shownAccount, { timeout: 10_000 }).toBe('Acme Corporation');
    // The rep says "this thread is Northwind" in the panel.
    await panel.getByRole('button', { name: 'Change' }).click();
    await panel.getByRole('searchbox', { name: 'Find or create an account' }).fill('Northwind');
    await panel.getByRole('button', { name: /^Northwind Logistics/ }).click();
    await expect
      .poll(async () => (await activeContext()).resolution, { timeout: 10_000 })
      .toMatchObject({
        accountId: 'a_northwind',
        method: 'manual',
        reason: 'You chose Northwind Logistics for this thread.',
      });

    for (const company of ['meet', 'salesforce', 'gmail', 'meet'] as const) {
      await hop(company);
      const expected = company === 'gmail' ? 'Northwind Logistics' : OWN[company].name;
      await expect.poll(shownAccount, { timeout: 10_000 }).toBe(expected);
    }
    const bindings = await tableRows<{ pageKey: string; accountId: string }>(ext.worker, 'pageBindings');
    expect(bindings).toEqual([
      expect.objectContaining({
        pageKey: 'gmail:thread:FMfcgzQXJkqzWcRtLbVnPsDgHmKxTwZq',
        accountId: 'a_northwind',
      }),
    ]);
  });
});

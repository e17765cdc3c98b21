// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAccountSource } from '@/components/kernel/account-source';
import {
  createHarness,
  renderWithPanel,
  seedAccount,
  seedEvidence,
  seedPerson,
} from '@/components/test-support/render-panel';
import { writeSettings } from '@/lib/browser/settings';
import { QualifyView } from './qualify-view';

/** The view as the workspace mounts it: records read live. */
function Live({ accountId }: { accountId: string }) {
  const records = useAccountSource(accountId).records;
  return records ? (
    <QualifyView
      account={records.account}
      people={records.people}
      evidence={records.evidence}
      pageTabId={null}
    />
  ) : null;
}

async function seeded(over: Parameters<typeof seedAccount>[1] = {}) {
  const harness = createHarness();
  const account = await seedAccount(harness.repos, over);
  await seedPerson(harness.repos, account.id, { name: 'Ana Ortiz', title: 'CFO', roles: ['economic-buyer'] });
  await seedEvidence(harness.repos, account.id, {
    quote: 'We lose 12 hours a week to manual checks',
    motivation: 'relief',
    status: 'confirmed',
    side: 'buyer',
  });
  return { harness, account };
}

const fieldCard = (id: string) => screen.findByTestId(`field-${id}`);

describe('QualifyView', () => {
  it('shows the MEDDICC fields with their source quotes, and blanks with the question to ask', async () => {
    const { harness, account } = await seeded();
    renderWithPanel(<Live accountId={account.id} />, harness);
    expect(await screen.findByRole('heading', { name: 'MEDDICC' })).toBeTruthy();
    expect((await fieldCard('metrics')).textContent).toContain('“We lose 12 hours a week to manual checks”');
    expect((await fieldCard('economic-buyer')).textContent).toContain('Ana Ortiz (CFO)');
    expect((await fieldCard('economic-buyer')).textContent).toContain('from stakeholder map');
    expect((await fieldCard('competition')).textContent).toMatch(
      /Not known yet\. Ask: .*What else are you looking at/,
    );
  });

  it('stores the rep’s confirmation on the account, and takes it back', async () => {
    const { harness, account } = await seeded();
    const user = userEvent.setup();
    renderWithPanel(<Live accountId={account.id} />, harness);
    await user.click(await screen.findByRole('button', { name: 'Confirm Metrics' }));
    await waitFor(async () =>
      expect(
        (await harness.repos.accounts.get(account.id))?.qualification?.['meddicc.metrics'],
      ).toMatchObject({
        value: 'We lose 12 hours a week to manual checks',
      }),
    );
    expect(await within(await fieldCard('metrics')).findByText('Confirmed')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Unconfirm Metrics' }));
    await waitFor(async () =>
      expect(
        (await harness.repos.accounts.get(account.id))?.qualification?.['meddicc.metrics'],
      ).toBeUndefined(),
    );
  });

  it('copies for the account’s CRM under its labels, and for another CRM when picked', async () => {
    const { harness, account } = await seeded({ crmKeys: ['hubspot:company:42'] });
    const user = userEvent.setup();
    renderWithPanel(<Live accountId={account.id} />, harness);
    const text = await screen.findByTestId('crm-copy-text');
    expect(text.textContent).toContain('MEDDICC for Acme Logistics (HubSpot)');
    expect(text.textContent).toContain('Economic buyer [economic_buyer]: [to confirm] Ana Ortiz (CFO)');
    await user.selectOptions(screen.getByLabelText('CRM labels'), 'salesforce');
    expect(text.textContent).toContain('Economic Buyer [Economic_Buyer__c]');
    expect(screen.getByRole('button', { name: /^Copy for CRM/ })).toBeTruthy();
  });

  it('follows the framework chosen in Options', async () => {
    await writeSettings({ qualificationFramework: 'bant' });
    const { harness, account } = await seeded();
    renderWithPanel(<Live accountId={account.id} />, harness);
    expect(await screen.findByRole('heading', { name: 'BANT' })).toBeTruthy();
    expect((await fieldCard('authority')).textContent).toContain('Ana Ortiz');
  });

  it('lists the deal risks with their evidence and what to do', async () => {
    const { harness, account } = await seeded({ stage: 'proposal' });
    renderWithPanel(<Live accountId={account.id} />, harness);
    const risks = await screen.findByTestId('deal-risks');
    const pricing = risks.querySelector('[data-rule="pricing-not-discussed"]');
    expect(pricing?.textContent).toContain('Stage: proposal.');
    expect(pricing?.textContent).toContain('share a range');
  });
});

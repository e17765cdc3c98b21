// @vitest-environment happy-dom
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAccountSource } from '@/components/kernel/account-source';
import {
  createHarness,
  renderWithPanel,
  seedAccount,
  seedPerson,
} from '@/components/test-support/render-panel';
import { useDiagnosisResult } from './use-diagnosis';
import { useSnapshots } from './use-snapshots';

function Live({ accountId }: { accountId: string }) {
  const records = useAccountSource(accountId).records;
  const result = useDiagnosisResult(records?.account, records?.evidence);
  useSnapshots(records?.account, result, records?.snapshots, records?.people);
  return <p data-testid="stage">{records?.account.stage ?? 'loading'}</p>;
}

describe('useSnapshots', () => {
  it('records the buying group at the sale when the rep moves the deal into a won stage', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos, { stage: 'proposal' });
    await seedPerson(harness.repos, account.id, {
      name: 'Jonas Berg',
      roles: ['champion'],
      stance: 'champion',
    });
    await seedPerson(harness.repos, account.id, { name: 'Ana Lima', roles: ['economic-buyer'] });
    renderWithPanel(<Live accountId={account.id} />, harness);
    await waitFor(() => expect(screen.getByTestId('stage').textContent).toBe('proposal'));
    await act(() => harness.repos.accounts.update(account.id, { stage: 'onboarding' }));
    await waitFor(async () => expect(await harness.repos.diagnoses.forAccount(account.id)).toHaveLength(1));
    const [atSale] = await harness.repos.diagnoses.forAccount(account.id);
    expect(atSale).toMatchObject({ stage: 'onboarding', label: 'won: the buying group at the sale' });
    expect(atSale!.people?.map((p) => [p.name, p.roles, p.stance])).toEqual([
      ['Ana Lima', ['economic-buyer'], 'neutral'],
      ['Jonas Berg', ['champion'], 'champion'],
    ]);
  });

  it('records nothing for an account opened already won, or moved between won stages', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos, { stage: 'adoption' });
    renderWithPanel(<Live accountId={account.id} />, harness);
    await waitFor(() => expect(screen.getByTestId('stage').textContent).toBe('adoption'));
    await act(() => harness.repos.accounts.update(account.id, { stage: 'renewal' }));
    await waitFor(() => expect(screen.getByTestId('stage').textContent).toBe('renewal'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await harness.repos.diagnoses.forAccount(account.id)).toHaveLength(0);
  });
});

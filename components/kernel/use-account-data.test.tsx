// @vitest-environment happy-dom
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createHarness, seedAccount } from '@/components/test-support/render-panel';
import { readAccountRecords, type AccountRecords } from './account-records';
import { readLastSeen, writeLastSeen } from './last-seen';
import { PanelDataProvider } from './panel-data';
import { useAccountRecords } from './use-account-data';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  } as unknown as Storage;
}

function AccountName({ id, initial }: { id: string; initial?: AccountRecords }) {
  const records = useAccountRecords(id, initial);
  return <p data-testid="name">{records === undefined ? 'loading' : (records?.account.name ?? 'none')}</p>;
}

describe('useAccountRecords with a last-seen copy', () => {
  it('shows the kept copy first, then the database’s records, and keeps those for the next panel', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    const storage = memoryStorage();
    const live = (await readAccountRecords(harness.db, account.id))!;
    writeLastSeen(storage, account.id, { ...live, account: { ...live.account, name: 'Stale name' } });
    const kept = readLastSeen(storage, account.id)!;
    render(
      <PanelDataProvider db={harness.db} now={harness.now} lastSeen={storage}>
        <AccountName id={account.id} initial={kept} />
      </PanelDataProvider>,
    );
    expect(screen.getByTestId('name').textContent).toBe('Stale name');
    await waitFor(() => expect(screen.getByTestId('name').textContent).toBe(account.name));
    await waitFor(() => expect(readLastSeen(storage, account.id)?.account.name).toBe(account.name));
  });

  it('drops the kept copy of an account the database no longer has', async () => {
    const harness = createHarness();
    const storage = memoryStorage();
    writeLastSeen(storage, 'gone', {
      account: { id: 'gone', name: 'Gone Ltd' } as AccountRecords['account'],
      people: [],
      evidence: [],
      snapshots: [],
    });
    render(
      <PanelDataProvider db={harness.db} now={harness.now} lastSeen={storage}>
        <AccountName id="gone" initial={readLastSeen(storage, 'gone')} />
      </PanelDataProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('name').textContent).toBe('none'));
    // The copy is dropped by an effect after that render, not in it: wait for it, as the
    // previous test waits for the copy to be rewritten.
    await waitFor(() => expect(readLastSeen(storage, 'gone')).toBeUndefined());
  });
});

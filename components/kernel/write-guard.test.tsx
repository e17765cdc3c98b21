// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import {
  createHarness,
  renderWithPanel,
  seedAccount,
  TEST_NOW,
} from '@/components/test-support/render-panel';
import type { ActiveContext } from '@/lib/messaging/protocol';
import { useWriteGuard, WriteGuardProvider, WriteTargetPrompt } from './write-guard';

function callTabOf(accountId: string): ActiveContext {
  return {
    tabId: 4,
    app: 'meet',
    surface: 'call',
    readStatus: 'ok',
    missing: [],
    resolution: { accountId, method: 'crm-id', confidence: 0.95, reason: 'matched' },
    updatedAt: TEST_NOW.toISOString(),
  };
}

/** Two writes started at once from the panel showing `shown`. */
function TwoWrites({ shown, written }: { shown: string; written: string[] }) {
  const guard = useWriteGuard();
  useEffect(() => {
    void guard('note', (target) => Promise.resolve(void written.push(`first→${target}`)), shown);
    void guard('discovery answer', (target) => Promise.resolve(void written.push(`second→${target}`)), shown);
  }, [guard, shown, written]);
  return null;
}

describe('WriteGuardProvider', () => {
  it('asks about writes that wait together in turn, so a second one never replaces the first', async () => {
    const harness = createHarness();
    const lakeside = await seedAccount(harness.repos, { name: 'Lakeside Health' });
    const northwind = await seedAccount(harness.repos, { name: 'Northwind' });
    const written: string[] = [];
    const user = userEvent.setup();
    renderWithPanel(
      <WriteGuardProvider context={callTabOf(lakeside.id)}>
        <TwoWrites shown={northwind.id} written={written} />
        <WriteTargetPrompt />
      </WriteGuardProvider>,
      harness,
    );
    const first = await screen.findByRole('alertdialog', { name: /this note for/ });
    expect(written).toEqual([]);
    await user.click(within(first).getByRole('button', { name: /Lakeside Health/ }));
    const second = await screen.findByRole('alertdialog', { name: /this discovery answer for/ });
    await user.click(within(second).getByRole('button', { name: /Northwind/ }));
    await waitFor(() => expect(written).toEqual([`first→${lakeside.id}`, `second→${northwind.id}`]));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ContractFields } from '@/components/modes/contract-fields';
import { SignalChecklist } from '@/components/diagnosis/signal-checklist';
import { createHarness, renderWithPanel, seedAccount } from '@/components/test-support/render-panel';
import type { MotiveDatabase } from '@/lib/db/schema';
import { WriteFailures } from './panel-writes';

/** The next read-write transaction fails, as with a full disk or a database closing. */
function failNextTransaction(db: MotiveDatabase, message: string) {
  const spy = vi.spyOn(db, 'transaction') as unknown as { mockRejectedValueOnce(e: Error): void };
  spy.mockRejectedValueOnce(new Error(message));
}

describe('the panel write path', () => {
  it('shows a failed save with a retry and keeps what the rep typed', async () => {
    const harness = createHarness();
    const account = (await harness.repos.accounts.get((await seedAccount(harness.repos)).id))!;
    // Arrange: the next write to accounts fails (a full disk, a closing database).
    failNextTransaction(harness.db, 'disk full');
    const user = userEvent.setup();
    renderWithPanel(
      <>
        <WriteFailures />
        <ContractFields account={account} />
      </>,
      harness,
    );

    // Act: type a term and leave the field.
    await user.type(screen.getByLabelText('Term (months)'), '24');
    await user.tab();

    // Assert: the failure is said, with what failed; the typed value is still there.
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Could not save term \(months\): disk full/,
    );
    expect(screen.getByLabelText<HTMLInputElement>('Term (months)').value).toBe('24');
    expect((await harness.repos.accounts.get(account.id))?.contractTermMonths).toBeUndefined();

    // Retry: it is saved and the notice goes.
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByTestId('write-failures')).toBeNull());
    expect((await harness.repos.accounts.get(account.id))?.contractTermMonths).toBe(24);
  });

  it('a tick that cannot be saved is reported, not lost in a floating promise', async () => {
    const harness = createHarness();
    const account = (await harness.repos.accounts.get((await seedAccount(harness.repos)).id))!;
    failNextTransaction(harness.db, 'database closed');
    const user = userEvent.setup();
    renderWithPanel(
      <>
        <WriteFailures />
        <SignalChecklist account={account} />
      </>,
      harness,
    );

    await user.click(screen.getAllByRole('checkbox')[0]!);

    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Could not save the ticked signal: database closed/,
    );
  });
});

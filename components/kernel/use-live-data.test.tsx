// @vitest-environment happy-dom
import { render, screen, waitFor } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createHarness, seedAccount } from '@/components/test-support/render-panel';
import { PanelDataProvider } from './panel-data';
import { useLiveData } from './use-live-data';

function AccountName({ id }: { id: string }) {
  const name = useLiveData(async (db) => (await db.accounts.get(id))?.name ?? 'none', [id], 'loading');
  return <p data-testid="name">{name}</p>;
}

class Boundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error.message}</p> : this.props.children;
  }
}

describe('useLiveData', () => {
  it('shows the initial value, then the answer, then every later write without a reload', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos, { name: 'Acme' });
    render(
      <PanelDataProvider db={harness.db} now={harness.now}>
        <AccountName id={account.id} />
      </PanelDataProvider>,
    );
    expect(screen.getByTestId('name').textContent).toBe('loading');
    await waitFor(() => expect(screen.getByTestId('name').textContent).toBe('Acme'));
    await harness.repos.accounts.update(account.id, { name: 'Acme Group' });
    await waitFor(() => expect(screen.getByTestId('name').textContent).toBe('Acme Group'));
  });

  it('re-runs when its deps change, keeping the last answer until the new one arrives', async () => {
    const harness = createHarness();
    const first = await seedAccount(harness.repos, { name: 'First' });
    const second = await seedAccount(harness.repos, { name: 'Second', domain: 'second.com' });
    const tree = (id: string) => (
      <PanelDataProvider db={harness.db} now={harness.now}>
        <AccountName id={id} />
      </PanelDataProvider>
    );
    const { rerender } = render(tree(first.id));
    await waitFor(() => expect(screen.getByTestId('name').textContent).toBe('First'));
    rerender(tree(second.id));
    // Never back to the initial value while the new query runs.
    expect(screen.getByTestId('name').textContent).toBe('First');
    await waitFor(() => expect(screen.getByTestId('name').textContent).toBe('Second'));
  });

  it('stops listening once unmounted', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos, { name: 'Acme' });
    let runs = 0;
    function Counter() {
      useLiveData(async (db) => {
        runs += 1;
        return db.accounts.get(account.id);
      }, []);
      return null;
    }
    const { unmount } = render(
      <PanelDataProvider db={harness.db} now={harness.now}>
        <Counter />
      </PanelDataProvider>,
    );
    await waitFor(() => expect(runs).toBeGreaterThan(0));
    unmount();
    const before = runs;
    await harness.repos.accounts.update(account.id, { name: 'Changed' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs).toBe(before);
  });

  it('throws a failed query to the nearest error boundary', async () => {
    const harness = createHarness();
    // React reports errors caught by a boundary on the console; expected here.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Failing() {
      useLiveData(() => Promise.reject(new Error('read failed')), []);
      return <p>fine</p>;
    }
    render(
      <PanelDataProvider db={harness.db} now={harness.now}>
        <Boundary>
          <Failing />
        </Boundary>
      </PanelDataProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'read failed');
    quiet.mockRestore();
  });
});

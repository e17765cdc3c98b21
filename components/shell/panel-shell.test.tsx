// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createHarness,
  renderWithPanel,
  seedAccount,
  seedEvidence,
  TEST_NOW,
} from '@/components/test-support/render-panel';
import type { ActiveContext } from '@/lib/messaging/protocol';
import type { Surface } from '@/lib/domain/vocabulary';
import { PanelShell } from './panel-shell';
import { SHORTCUTS } from './shortcuts';

const override = vi.fn();
let context: ActiveContext;

vi.mock('@/components/kernel/use-active-context', () => ({
  useActiveContext: () => ({ data: context, error: null }),
}));
vi.mock('@/components/kernel/background-queries', () => ({
  useSyncStatus: () => ({
    data: { configured: false, lastSyncAt: null, pending: 0, inFlight: false, lastError: null },
  }),
  useSyncNow: () => ({ mutate: vi.fn(), isPending: false }),
  useOverrideAccount: () => ({ mutate: override }),
  useInsertSnippet: () => ({ mutate: vi.fn(), isPending: false }),
  useSuggestEvidenceFromText: () => ({ mutate: vi.fn() }),
}));

function contextFor(surface: Surface | null, accountId: string | null = null): ActiveContext {
  return {
    tabId: 3,
    app:
      surface === 'call' ? 'meet' : surface === 'email' ? 'gmail' : surface === 'crm' ? 'salesforce' : null,
    surface,
    readStatus: surface ? 'ok' : 'not-an-app',
    missing: [],
    resolution: accountId
      ? { accountId, method: 'crm-id', confidence: 0.95, reason: 'matched the CRM record id' }
      : { accountId: null, method: null, confidence: 0, reason: 'No account matched this page.' },
    updatedAt: TEST_NOW.toISOString(),
  };
}

const modeChecked = (name: string) => screen.getByRole<HTMLInputElement>('radio', { name }).checked;

describe('PanelShell', () => {
  beforeEach(() => {
    override.mockReset();
  });

  it('follows the active tab: a call opens the live-call mode, a hand switch holds until the surface changes', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    context = contextFor('call', account.id);
    const view = renderWithPanel(<PanelShell />, harness);
    await screen.findByTestId('workspace');
    expect(modeChecked('Live call')).toBe(true);
    expect(screen.getByTestId('resolution').textContent).toContain('matched the CRM record id · 95% sure');
    fireEvent.keyDown(window, { key: 'm' });
    expect(modeChecked('Email')).toBe(true);
    context = contextFor('crm', account.id);
    view.rerender(<PanelShell />);
    await waitFor(() => expect(modeChecked('Renewal prep')).toBe(true));
  });

  it('? lists every shortcut; digits switch views; keys typed in a field stay text', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    context = contextFor('call', account.id);
    renderWithPanel(<PanelShell />, harness);
    await screen.findByTestId('workspace');
    fireEvent.keyDown(window, { key: '?' });
    const overlay = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const s of SHORTCUTS) expect(within(overlay).getByText(s.description)).toBeTruthy();
    // While the overlay is open it owns the keyboard: view keys do nothing, ? closes it.
    fireEvent.keyDown(window, { key: '2' });
    expect(screen.getByRole('tab', { name: /Diagnose/ }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(overlay, { key: '?' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.keyDown(window, { key: '2' });
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: /People/ }).getAttribute('aria-selected')).toBe('true'),
    );
    const note = await screen.findByRole('textbox', { name: /New note/ });
    fireEvent.keyDown(note, { key: '4' });
    expect(screen.getByRole('tab', { name: /People/ }).getAttribute('aria-selected')).toBe('true');
  });

  it('n away from a note box opens Notes and starts a note; what is typed meanwhile is its text, not shortcuts', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    context = contextFor('crm', account.id);
    renderWithPanel(<PanelShell />, harness);
    await screen.findByTestId('workspace');
    expect(modeChecked('Renewal prep')).toBe(true);
    // Typed at once, before the Notes view has loaded: m would switch the mode, 2 the view.
    for (const key of ['n', 'm', 'a', 'p', ' ', '2']) fireEvent.keyDown(document.body, { key });
    const note = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: /New note/ });
    await waitFor(() => expect(note.value).toBe('map 2'));
    expect(document.activeElement).toBe(note);
    expect(modeChecked('Renewal prep')).toBe(true);
    expect(screen.getByRole('tab', { name: /Notes/ }).getAttribute('aria-selected')).toBe('true');
    // Back to Notes later: the request was used; the box neither refills nor grabs the focus.
    note.blur();
    fireEvent.keyDown(document.body, { key: '1' });
    await waitFor(() => expect(screen.queryByRole('textbox', { name: /New note/ })).toBeNull());
    fireEvent.keyDown(document.body, { key: '4' });
    const again = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: /New note/ });
    expect(again.value).toBe('');
    expect(document.activeElement).not.toBe(again);
  });

  it('works by hand when the page cannot be read: create an account, it opens and is bound to this page', async () => {
    const harness = createHarness();
    context = { ...contextFor('crm'), readStatus: 'unreadable', missing: ['record id'] };
    const user = userEvent.setup();
    renderWithPanel(<PanelShell />, harness);
    expect((await screen.findByTestId('read-status')).textContent).toContain(
      'Pick or create the account by hand',
    );
    await user.type(screen.getByRole('searchbox', { name: 'Find or create an account' }), 'Globex');
    await user.click(await screen.findByRole('button', { name: 'Create “Globex”' }));
    expect((await screen.findByTestId('account-name')).textContent).toBe('Globex');
    await screen.findByTestId('workspace');
    const [created] = await harness.repos.accounts.all();
    expect(override).toHaveBeenCalledWith({ accountId: created!.id, tabId: 3 });
    expect(screen.getByTestId('resolution').textContent).toContain('You picked Globex for this page');
  });

  it('a hand pick binds the page it was made on: another company’s tab shows its own account', async () => {
    const harness = createHarness();
    const lakeside = await seedAccount(harness.repos, { name: 'Lakeside Health' });
    const northwind = await seedAccount(harness.repos, { name: 'Northwind' });
    const acme = await seedAccount(harness.repos, { name: 'Acme' });
    context = { ...contextFor('email', lakeside.id), tabId: 1 };
    const user = userEvent.setup();
    const view = renderWithPanel(<PanelShell />, harness);
    await waitFor(() => expect(screen.getByTestId('account-name').textContent).toBe('Lakeside Health'));
    await user.click(screen.getByRole('button', { name: 'Change' }));
    await user.type(screen.getByRole('searchbox', { name: 'Find or create an account' }), 'Northwind');
    await user.click(await screen.findByRole('button', { name: /^Northwind/ }));
    expect(override).toHaveBeenCalledWith({ accountId: northwind.id, tabId: 1 });
    await waitFor(() => expect(screen.getByTestId('account-name').textContent).toBe('Northwind'));

    // The rep moves to another company's tab: the panel follows that page, not the pick.
    context = { ...contextFor('crm', acme.id), tabId: 2 };
    view.rerender(<PanelShell />);
    await waitFor(() => expect(screen.getByTestId('account-name').textContent).toBe('Acme'));
    expect(screen.getByTestId('resolution').textContent).not.toContain('by hand');
  });

  it('a note from a tab of another account waits for the rep’s choice, then goes where they chose', async () => {
    const harness = createHarness();
    const lakeside = await seedAccount(harness.repos, { name: 'Lakeside Health' });
    const northwind = await seedAccount(harness.repos, { name: 'Northwind' });
    // The panel was opened on Northwind from a link while the call tab is Lakeside's.
    context = { ...contextFor('call', lakeside.id), tabId: 4 };
    const user = userEvent.setup();
    renderWithPanel(<PanelShell initialAccountId={northwind.id} />, harness);
    await waitFor(() => expect(screen.getByTestId('account-name').textContent).toBe('Northwind'));
    const note = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: /New note/ });
    await user.type(note, 'They want the pilot signed before the board meets');
    await user.click(screen.getByRole('button', { name: 'Save note' }));

    const prompt = await screen.findByRole('alertdialog', { name: /Which account is this note for/ });
    expect(await harness.db.notes.count()).toBe(0);
    const toSource = within(prompt).getByRole('button', { name: /Lakeside Health/ });
    expect(document.activeElement).toBe(toSource);
    await user.keyboard('{Enter}');
    await waitFor(async () => expect(await harness.db.notes.count()).toBe(1));
    const [saved] = await harness.db.notes.toArray();
    expect(saved).toMatchObject({
      accountId: lakeside.id,
      text: 'They want the pilot signed before the board meets',
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('lists the unconfirmed quotes once: the live card has them, the Diagnose view beside it does not repeat them', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    await seedEvidence(harness.repos, account.id);
    context = contextFor('call', account.id);
    renderWithPanel(<PanelShell />, harness);
    await screen.findByRole('region', { name: 'Scores' }, { timeout: 20_000 });
    expect(screen.getAllByRole('region', { name: 'Suggested evidence' })).toHaveLength(1);
  });

  it('offers a sample account on first run, clearly marked, and removes it in one click', async () => {
    const harness = createHarness();
    context = contextFor(null);
    const user = userEvent.setup();
    renderWithPanel(<PanelShell />, harness);
    await user.click(
      await screen.findByRole('button', { name: 'Explore a sample account' }, { timeout: 5000 }),
    );
    const name = await screen.findByTestId('account-name', {}, { timeout: 5000 });
    expect(within(name).getByText('sample')).toBeTruthy();
    await act(async () => {
      const { removeSampleData } = await import('@/lib/db/sample-account');
      await removeSampleData(harness.db, TEST_NOW);
    });
    expect(
      await screen.findByRole('button', { name: 'Explore a sample account' }, { timeout: 5000 }),
    ).toBeTruthy();
  });
});

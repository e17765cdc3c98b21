// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createHarness,
  renderWithPanel,
  seedAccount,
  seedEvidence,
  seedPerson,
  TEST_NOW,
} from '@/components/test-support/render-panel';
import type { ActiveContext } from '@/lib/messaging/protocol';
import type { Surface } from '@/lib/domain/vocabulary';
import { DISCOVERY_QUESTIONS } from '@/lib/domain/movement/discovery-questions';
import { ALL_SIGNALS } from '@/lib/domain/motivations/catalogue';
import { PanelShell } from './panel-shell';
import { SHORTCUTS } from './shortcuts';

const override = vi.fn();
let context: ActiveContext;

vi.mock('@/components/kernel/active-context', () => ({
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

/** Types a name into the account finder and picks the account of that name. */
async function pickInFinder(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.type(await screen.findByRole('searchbox', { name: 'Find or create an account' }), name);
  await user.click(await screen.findByRole('button', { name: new RegExp(`^${name}`) }));
}

/**
 * The panel shows Northwind (opened from a link) while the tab in front is Lakeside's page
 * of the given surface: the set-up of every "the write waits for the rep's choice" test.
 */
async function openNorthwindBesideLakeside(surface: Surface) {
  const harness = createHarness();
  const lakeside = await seedAccount(harness.repos, { name: 'Lakeside Health' });
  const northwind = await seedAccount(harness.repos, { name: 'Northwind' });
  context = { ...contextFor(surface, lakeside.id), tabId: 4 };
  const user = userEvent.setup();
  renderWithPanel(<PanelShell initialAccountId={northwind.id} />, harness);
  await waitFor(() => expect(screen.getByTestId('account-name').textContent).toBe('Northwind'));
  return { harness, lakeside, northwind, user };
}

const modeChecked = (name: string) => screen.getByRole<HTMLInputElement>('radio', { name }).checked;
const viewButton = (name: string) =>
  within(screen.getByRole('navigation', { name: 'Views' })).getByRole('button', { name });
/** The view shown under the card: its switcher button is expanded and its region is there. */
const viewOpen = (name: string) =>
  viewButton(name).getAttribute('aria-expanded') === 'true' &&
  screen.queryByRole('region', { name }) !== null;
const noViewOpen = () =>
  within(screen.getByRole('navigation', { name: 'Views' }))
    .getAllByRole('button')
    .every((b) => b.getAttribute('aria-expanded') === 'false');

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

  it('opens on the mode card with every view collapsed; a key or a click opens one, remembered per mode', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    context = contextFor('crm', account.id);
    const user = userEvent.setup();
    renderWithPanel(<PanelShell />, harness);
    await screen.findByTestId('workspace');
    expect(modeChecked('Renewal prep')).toBe(true);
    expect(screen.getByTestId('prep-card')).toBeTruthy();
    expect(noViewOpen()).toBe(true);
    expect(screen.queryByRole('region', { name: 'People' })).toBeNull();

    await user.click(viewButton('People'));
    await waitFor(() => expect(viewOpen('People')).toBe(true));
    const controlled = document.getElementById(viewButton('People').getAttribute('aria-controls')!);
    expect(controlled?.contains(screen.getByRole('region', { name: 'People' }))).toBe(true);

    // Another mode starts from its card; 3 opens Play there, 0 goes back to the card.
    fireEvent.keyDown(document.body, { key: 'm' });
    await waitFor(() => expect(modeChecked('Live call')).toBe(true));
    expect(noViewOpen()).toBe(true);
    fireEvent.keyDown(document.body, { key: '3' });
    await waitFor(() => expect(viewOpen('Play')).toBe(true));
    fireEvent.keyDown(document.body, { key: '0' });
    await waitFor(() => expect(noViewOpen()).toBe(true));

    // Back in renewal prep, People is open as the rep left it; a second click collapses it.
    fireEvent.keyDown(document.body, { key: 'm' });
    fireEvent.keyDown(document.body, { key: 'm' });
    await waitFor(() => expect(modeChecked('Renewal prep')).toBe(true));
    await waitFor(() => expect(viewOpen('People')).toBe(true));
    await user.click(viewButton('People'));
    await waitFor(() => expect(noViewOpen()).toBe(true));
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
    expect(noViewOpen()).toBe(true);
    fireEvent.keyDown(overlay, { key: '?' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.keyDown(window, { key: '2' });
    await waitFor(() => expect(viewOpen('People')).toBe(true));
    const note = await screen.findByRole('textbox', { name: /New note/ });
    fireEvent.keyDown(note, { key: '4' });
    expect(viewOpen('People')).toBe(true);
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
    expect(viewOpen('Notes')).toBe(true);
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
    await pickInFinder(user, 'Northwind');
    expect(override).toHaveBeenCalledWith({ accountId: northwind.id, tabId: 1 });
    await waitFor(() => expect(screen.getByTestId('account-name').textContent).toBe('Northwind'));

    // The rep moves to another company's tab: the panel follows that page, not the pick.
    context = { ...contextFor('crm', acme.id), tabId: 2 };
    view.rerender(<PanelShell />);
    await waitFor(() => expect(screen.getByTestId('account-name').textContent).toBe('Acme'));
    expect(screen.getByTestId('resolution').textContent).not.toContain('by hand');
  });

  it('a pick made before the panel knows the tab holds once the tab is known, and binds that page', async () => {
    const harness = createHarness();
    const lakeside = await seedAccount(harness.repos, { name: 'Lakeside Health' });
    const northwind = await seedAccount(harness.repos, { name: 'Northwind' });
    (context as ActiveContext | undefined) = undefined;
    const user = userEvent.setup();
    const view = renderWithPanel(<PanelShell />, harness);
    await pickInFinder(user, 'Northwind');
    await waitFor(() => expect(screen.getByTestId('account-name').textContent).toBe('Northwind'));

    // The background's first word about the tab arrives after the pick: the pick still holds.
    context = { ...contextFor('email', lakeside.id), tabId: 9 };
    view.rerender(<PanelShell />);
    await waitFor(() => expect(override).toHaveBeenCalledWith({ accountId: northwind.id, tabId: 9 }));
    expect(screen.getByTestId('account-name').textContent).toBe('Northwind');
  });

  it('the header never gives an older pick’s reason for the account it shows', async () => {
    const harness = createHarness();
    const lakeside = await seedAccount(harness.repos, { name: 'Lakeside Health' });
    await seedAccount(harness.repos, { name: 'Northwind' });
    // The background still reports the page's earlier pick while the new one is on its way.
    context = {
      ...contextFor('email'),
      tabId: 1,
      resolution: {
        accountId: lakeside.id,
        method: 'manual',
        confidence: 1,
        reason: 'You chose Lakeside Health for this thread.',
      },
    };
    const user = userEvent.setup();
    renderWithPanel(<PanelShell />, harness);
    await waitFor(() => expect(screen.getByTestId('account-name').textContent).toBe('Lakeside Health'));
    await user.click(screen.getByRole('button', { name: 'Change' }));
    await pickInFinder(user, 'Northwind');
    await waitFor(() => expect(screen.getByTestId('account-name').textContent).toBe('Northwind'));
    expect(screen.getByTestId('resolution').textContent).not.toContain('Lakeside');
    expect(screen.getByTestId('resolution').textContent).toContain('Northwind');
  });

  it('a note from a tab of another account waits for the rep’s choice, then goes where they chose', async () => {
    // The panel was opened on Northwind from a link while the call tab is Lakeside's.
    const { harness, lakeside, user } = await openNorthwindBesideLakeside('call');
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

  it('a discovery answer typed while another account’s tab is in front waits for the rep’s choice', async () => {
    const { harness, lakeside, northwind, user } = await openNorthwindBesideLakeside('call');
    fireEvent.keyDown(document.body, { key: '1' });
    const more = await screen.findByTestId<HTMLDetailsElement>('diagnose-more');
    fireEvent.click(within(more).getByText(/^All scores, signals/));
    const pain = DISCOVERY_QUESTIONS.find((q) => q.id === 'pain')!;
    const field = await screen.findByLabelText<HTMLTextAreaElement>(pain.prompt);
    await user.type(field, 'Month-end takes four days');
    await user.tab();

    const prompt = await screen.findByRole('alertdialog', {
      name: /Which account is this discovery answer for/,
    });
    expect((await harness.repos.accounts.get(lakeside.id))?.discovery).toEqual({});
    expect((await harness.repos.accounts.get(northwind.id))?.discovery).toEqual({});
    expect(field.value).toBe('Month-end takes four days');
    await user.click(within(prompt).getByRole('button', { name: /Lakeside Health/ }));
    await waitFor(async () =>
      expect((await harness.repos.accounts.get(lakeside.id))?.discovery).toEqual({
        pain: 'Month-end takes four days',
      }),
    );
    expect((await harness.repos.accounts.get(northwind.id))?.discovery).toEqual({});
  });

  it('a person added by hand while another account’s tab is in front waits for the rep’s choice', async () => {
    const { harness, northwind, user } = await openNorthwindBesideLakeside('email');
    fireEvent.keyDown(document.body, { key: '2' });
    await user.click(await screen.findByRole('button', { name: 'Add person' }));
    const form = screen.getByRole('form', { name: 'Add a person' });
    await user.type(within(form).getByLabelText('Name'), 'Ines Okafor');
    await user.click(within(form).getByRole('button', { name: 'Add person' }));

    const prompt = await screen.findByRole('alertdialog', { name: /Which account is this person for/ });
    expect(await harness.db.people.count()).toBe(0);
    await user.click(within(prompt).getByRole('button', { name: /Northwind/ }));
    await waitFor(async () => expect(await harness.db.people.count()).toBe(1));
    expect((await harness.db.people.toArray())[0]).toMatchObject({
      accountId: northwind.id,
      name: 'Ines Okafor',
    });
  });

  it('a signal ticked on the live card while another account’s call is in front waits for the rep’s choice', async () => {
    const { harness, lakeside, northwind, user } = await openNorthwindBesideLakeside('call');
    const finder = await within(await screen.findByTestId('live-card')).findByPlaceholderText(
      /Find a signal/,
    );
    const signal = ALL_SIGNALS.find((s) => s.motivation === 'risk')!;
    await user.type(finder, `${signal.label}{Enter}`);

    const prompt = await screen.findByRole('alertdialog', {
      name: /Which account is this ticked signal for/,
    });
    expect((await harness.repos.accounts.get(northwind.id))?.tickedSignals).toEqual([]);
    expect((await harness.repos.accounts.get(lakeside.id))?.tickedSignals).toEqual([]);
    await user.click(within(prompt).getByRole('button', { name: /Lakeside Health/ }));
    await waitFor(async () =>
      expect((await harness.repos.accounts.get(lakeside.id))?.tickedSignals).toEqual([signal.id]),
    );
    expect((await harness.repos.accounts.get(northwind.id))?.tickedSignals).toEqual([]);
  });

  it('a renewal with no roster of the sale says "no baseline yet"; one click records the buying group as it stands', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos, { stage: 'renewal', renewalDate: '2027-01-10' });
    await seedPerson(harness.repos, account.id, { name: 'Jonas Berg', roles: ['champion'] });
    context = contextFor('crm', account.id);
    const user = userEvent.setup();
    renderWithPanel(<PanelShell />, harness);
    const card = await screen.findByTestId('prep-card');
    const none = await within(card).findByTestId('no-baseline');
    expect(none.textContent).toContain('No baseline yet');
    expect(await harness.db.diagnoses.count()).toBe(0);

    await user.click(within(none).getByRole('button', { name: 'Record the buying group now' }));
    await waitFor(async () => expect(await harness.db.diagnoses.count()).toBe(1));
    const [snapshot] = await harness.db.diagnoses.toArray();
    expect(snapshot?.people?.map((p) => p.name)).toEqual(['Jonas Berg']);
    await waitFor(() => expect(within(card).queryByTestId('no-baseline')).toBeNull());
  });

  it('keeps the disclosure the rep opened open while records stream in and when Diagnose is shown again', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    context = contextFor('crm', account.id);
    renderWithPanel(<PanelShell />, harness);
    await screen.findByTestId('workspace');
    fireEvent.keyDown(document.body, { key: '1' });
    const more = await screen.findByTestId<HTMLDetailsElement>('diagnose-more');
    expect(more.open).toBe(false);
    fireEvent.click(within(more).getByText(/^All scores, signals/));
    await waitFor(() => expect(more.open).toBe(true));

    // A quote arrives from the background while the rep types an answer: the account's records
    // change under the open view, and neither the disclosure nor the caret moves.
    const pain = DISCOVERY_QUESTIONS.find((q) => q.id === 'pain')!;
    const field = screen.getByLabelText<HTMLTextAreaElement>(pain.prompt);
    field.focus();
    await seedEvidence(harness.repos, account.id, { quote: 'We are drowning in month-end work' });
    await waitFor(() =>
      expect(screen.getByTestId('workspace').textContent).toContain('drowning in month-end'),
    );
    expect(screen.getByTestId<HTMLDetailsElement>('diagnose-more').open).toBe(true);
    expect(document.activeElement).toBe(field);

    // Notes and back: the view re-mounts, the rep's choice does not reset.
    fireEvent.keyDown(document.body, { key: '4' });
    await screen.findByRole('textbox', { name: /New note/ });
    fireEvent.keyDown(document.body, { key: '1' });
    expect((await screen.findByTestId<HTMLDetailsElement>('diagnose-more')).open).toBe(true);
  });

  it('lists the unconfirmed quotes once: the live card has them, the Diagnose view beside it does not repeat them', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    await seedEvidence(harness.repos, account.id);
    context = contextFor('call', account.id);
    renderWithPanel(<PanelShell />, harness);
    await screen.findByTestId('workspace');
    fireEvent.keyDown(document.body, { key: '1' });
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

// @vitest-environment happy-dom
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  renderWithPanel,
  createHarness,
  seedAccount,
  seedPerson,
} from '@/components/test-support/render-panel';
import { panelChannel } from '@/lib/messaging/channels';
import { NotesView } from './notes-view';
import { parseTags } from './note-composer';

describe('parseTags', () => {
  it.each([
    ['commas and spaces both separate tags', 'pricing, risk  legal', ['pricing', 'risk', 'legal']],
    ['tags are lower-cased and de-duplicated', 'Risk risk', ['risk']],
    ['blank input gives no tags', '  , ', []],
  ])('%s', (_rule, text, tags) => {
    expect(parseTags(text)).toEqual(tags);
  });
});

afterEach(() => vi.restoreAllMocks());

describe('NotesView', () => {
  it('a saved note is sent to the background to be read for evidence, about its one linked person', async () => {
    const sendMessage = vi.spyOn(panelChannel, 'sendMessage').mockResolvedValue({ created: 1, removed: 0 });
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    const dana = await seedPerson(harness.repos, account.id);
    const user = userEvent.setup();
    renderWithPanel(
      <NotesView
        people={await harness.repos.people.forAccount(account.id)}
        accountId={account.id}
        defaultKind="call"
        personId={dana.id}
      />,
      harness,
    );
    await user.type(
      await screen.findByRole('textbox', { name: /New note/ }),
      'Dana is worried about the audit',
    );
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(sendMessage).toHaveBeenCalledTimes(1));
    const [note] = await harness.repos.notes.forAccount(account.id);
    expect(sendMessage).toHaveBeenCalledWith('suggestEvidenceFromText', {
      accountId: account.id,
      source: 'note',
      text: 'Dana is worried about the audit',
      origin: `note:${note!.id}`,
      personId: dana.id,
    });

    await user.click(await screen.findByRole('button', { name: /Delete note/ }));
    await waitFor(() =>
      expect(sendMessage).toHaveBeenLastCalledWith('suggestEvidenceFromText', {
        accountId: account.id,
        source: 'note',
        text: '',
        origin: `note:${note!.id}`,
      }),
    );
  });

  it('saves a note with its kind, tags and linked person, newest first', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    const dana = await seedPerson(harness.repos, account.id);
    const user = userEvent.setup();
    renderWithPanel(
      <NotesView
        people={await harness.repos.people.forAccount(account.id)}
        accountId={account.id}
        defaultKind="call"
        personId={dana.id}
      />,
      harness,
    );
    await user.type(await screen.findByRole('textbox', { name: /New note/ }), 'Budget frozen until Q2');
    await user.type(screen.getByLabelText('Tags'), 'budget, timing');
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(async () => expect(await harness.repos.notes.forAccount(account.id)).toHaveLength(1));
    const [note] = await harness.repos.notes.forAccount(account.id);
    expect(note).toMatchObject({
      kind: 'call',
      text: 'Budget frozen until Q2',
      tags: ['budget', 'timing'],
      personIds: [dana.id],
    });
    expect(await screen.findByText('Budget frozen until Q2')).toBeTruthy();
  });

  it('renders note text as text, never as markup', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    const markup = '<img src=x onerror="alert(1)"><b>bold</b>';
    await harness.repos.notes.create({
      accountId: account.id,
      kind: 'email',
      text: markup,
      at: '2026-11-22T10:00:00.000Z',
      personIds: [],
      tags: [],
    });
    const { container } = renderWithPanel(
      <NotesView
        people={await harness.repos.people.forAccount(account.id)}
        accountId={account.id}
        defaultKind="email"
        personId={null}
      />,
      harness,
    );
    expect(await screen.findByText(markup)).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  it('searches notes by word prefix as you type', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    const at = '2026-11-22T10:00:00.000Z';
    await harness.repos.notes.create({
      accountId: account.id,
      kind: 'call',
      text: 'Renewal pricing pushback',
      at,
      personIds: [],
      tags: [],
    });
    await harness.repos.notes.create({
      accountId: account.id,
      kind: 'call',
      text: 'Security review booked',
      at,
      personIds: [],
      tags: [],
    });
    const user = userEvent.setup();
    renderWithPanel(
      <NotesView
        people={await harness.repos.people.forAccount(account.id)}
        accountId={account.id}
        defaultKind="call"
        personId={null}
      />,
      harness,
    );
    await screen.findByText('Security review booked');
    await user.type(screen.getByPlaceholderText('Search notes'), 'renew pric');
    await waitFor(() => expect(screen.queryByText('Security review booked')).toBeNull());
    expect(screen.getByText('Renewal pricing pushback')).toBeTruthy();
  });

  it('the new-note command focuses the note and stamps the time it was pressed', async () => {
    let clock = new Date('2026-11-22T14:07:00');
    const harness = createHarness(() => clock);
    const account = await seedAccount(harness.repos);
    renderWithPanel(
      <NotesView
        people={await harness.repos.people.forAccount(account.id)}
        accountId={account.id}
        defaultKind="call"
        personId={null}
      />,
      harness,
    );
    const box = await screen.findByRole('textbox', { name: /New note/ });
    act(() => {
      harness.bus.run('new-note');
    });
    expect(document.activeElement).toBe(box);
    expect(screen.getByText(/stamped 14:07/)).toBeTruthy();
    clock = new Date('2026-11-22T14:09:00');
    const user = userEvent.setup();
    await user.type(box, 'They said yes{Control>}{Enter}{/Control}');
    await waitFor(async () => expect(await harness.repos.notes.forAccount(account.id)).toHaveLength(1));
    const [note] = await harness.repos.notes.forAccount(account.id);
    expect(note!.at).toBe(new Date('2026-11-22T14:07:00').toISOString());
  });
});

// @vitest-environment happy-dom
import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  createHarness,
  renderWithPanel,
  seedAccount,
  type PanelHarness,
} from '@/components/test-support/render-panel';
import { ViewBoundary } from '@/components/ui/view-boundary';
import { readAccountRecords, type AccountRecords, type AccountSource } from './account-records';
import { useAccountNotes, useAccountSource } from './account-source';
import { readLastSeen, writeLastSeen } from './last-seen';
import { PanelDataProvider } from './panel-data';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  } as unknown as Storage;
}

function AccountName({ id, first }: { id: string; first?: AccountSource }) {
  const { records, fromSavedCopy } = useAccountSource(id, first);
  const name = records === undefined ? 'loading' : (records?.account.name ?? 'none');
  return <p data-testid="name">{`${name}${fromSavedCopy ? ' (saved copy)' : ''}`}</p>;
}

function withStorage(harness: PanelHarness, storage: Storage, ui: React.ReactNode) {
  return render(
    <PanelDataProvider db={harness.db} now={harness.now} lastSeen={storage}>
      {ui}
    </PanelDataProvider>,
  );
}

const note = (accountId: string, text: string, at: string) => ({
  accountId,
  kind: 'call' as const,
  text,
  at,
  personIds: [],
  tags: [],
});

function NoteCount({ id, label }: { id: string; label: string }) {
  const notes = useAccountNotes(id);
  return <p data-testid={label}>{notes === undefined ? 'loading' : notes.map((n) => n.text).join(', ')}</p>;
}

describe('useAccountSource: one source, the saved copy as its first frame', () => {
  it('shows the saved copy first, marked as such, then the database’s records, and saves those for the next panel', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    const storage = memoryStorage();
    const live = (await readAccountRecords(harness.db, account.id))!;
    writeLastSeen(storage, account.id, { ...live, account: { ...live.account, name: 'Stale name' } });
    withStorage(harness, storage, <AccountName id={account.id} />);
    expect(screen.getByTestId('name').textContent).toBe('Stale name (saved copy)');
    await waitFor(() => expect(screen.getByTestId('name').textContent).toBe(account.name));
    await waitFor(() => expect(readLastSeen(storage, account.id)?.account.name).toBe(account.name));
  });

  it('opens on the preload’s records when they are this account’s, and not on another account’s', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    const live = (await readAccountRecords(harness.db, account.id))!;
    const first: AccountSource = {
      records: { ...live, account: { ...live.account, name: 'Preloaded' } },
      fromSavedCopy: false,
    };
    const { unmount } = withStorage(harness, memoryStorage(), <AccountName id={account.id} first={first} />);
    expect(screen.getByTestId('name').textContent).toBe('Preloaded');
    await waitFor(() => expect(screen.getByTestId('name').textContent).toBe(account.name));
    unmount();
    withStorage(harness, memoryStorage(), <AccountName id="someone-else" first={first} />);
    expect(screen.getByTestId('name').textContent).toBe('loading');
    await waitFor(() => expect(screen.getByTestId('name').textContent).toBe('none'));
  });

  it('drops the saved copy of an account the database no longer has', async () => {
    const harness = createHarness();
    const storage = memoryStorage();
    writeLastSeen(storage, 'gone', {
      account: { id: 'gone', name: 'Gone Ltd' } as AccountRecords['account'],
      people: [],
      evidence: [],
      snapshots: [],
    });
    withStorage(harness, storage, <AccountName id="gone" />);
    await waitFor(() => expect(screen.getByTestId('name').textContent).toBe('none'));
    // The copy is dropped by an effect after that render, not in it: wait for it.
    await waitFor(() => expect(readLastSeen(storage, 'gone')).toBeUndefined());
  });
});

describe('useAccountNotes: the open account’s notes, one live query for every view', () => {
  it('gives every view the same notes, newest first, from one query, and follows new notes live', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    await harness.repos.notes.create(note(account.id, 'older', '2026-11-22T09:00:00.000Z'));
    await harness.repos.notes.create(note(account.id, 'newer', '2026-11-22T10:00:00.000Z'));
    const reads = vi.spyOn(harness.db.notes, 'where');
    renderWithPanel(
      <>
        <NoteCount id={account.id} label="brief" />
        <NoteCount id={account.id} label="people" />
      </>,
      harness,
    );
    await waitFor(() => expect(screen.getByTestId('brief').textContent).toBe('newer, older'));
    expect(screen.getByTestId('people').textContent).toBe('newer, older');
    expect(reads).toHaveBeenCalledTimes(1);
    await act(() => harness.repos.notes.create(note(account.id, 'newest', '2026-11-22T11:00:00.000Z')));
    await waitFor(() => expect(screen.getByTestId('people').textContent).toBe('newest, newer, older'));
    expect(screen.getByTestId('brief').textContent).toBe('newest, newer, older');
  });

  it('shows a failed notes read in the asking view’s boundary, with the reason', async () => {
    const harness = createHarness();
    const account = await seedAccount(harness.repos);
    vi.spyOn(harness.db.notes, 'where').mockImplementation(() => {
      throw new Error('notes store unreadable');
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithPanel(
      <ViewBoundary name="Notes">
        <NoteCount id={account.id} label="notes" />
      </ViewBoundary>,
      harness,
    );
    await waitFor(() =>
      expect(screen.getByTestId('view-error').textContent).toContain(
        'Notes could not be shown: notes store unreadable',
      ),
    );
  });
});

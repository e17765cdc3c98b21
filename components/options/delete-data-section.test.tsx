// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readSettings, writeSettings } from '@/lib/browser/settings';
import { createRepositories } from '@/lib/db/repositories';
import { createSampleAccount } from '@/lib/db/sample-account';
import { DeleteDataSection } from './delete-data-section';
import { DISCONNECTED, fakeSync, renderWithDeps, TEST_NOW, type Rendered } from './options-test-kit';

let view: Rendered;
afterEach(() => view.cleanup());

async function renderWithSample(sync = fakeSync()) {
  view = await renderWithDeps(<DeleteDataSection />, sync);
  await createSampleAccount(createRepositories({ db: view.db, now: () => TEST_NOW }), TEST_NOW);
  await waitFor(() => expect(screen.getByTestId('delete-loss').textContent).toMatch(/1 account/));
}
const deleteButton = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Delete all local data' });

describe('DeleteDataSection', () => {
  it('names what will be lost, including changes not yet sent to a connected server', async () => {
    await renderWithSample(fakeSync({ ...DISCONNECTED, configured: true }));
    // The sample itself never syncs; an edit made elsewhere is what waits in the outbox.
    await view.db.outbox.add({
      mutationId: 'm_pending',
      collection: 'notes',
      key: 'n_real',
      op: 'delete',
      baseVersion: 3,
      clientTime: TEST_NOW.toISOString(),
    });
    await waitFor(() => expect(screen.getByTestId('delete-loss').textContent).toMatch(/waiting to sync/));
    const loss = screen.getByTestId('delete-loss').textContent;
    expect(loss).toMatch(/1 account, 6 people, 5 notes, 9 pieces of evidence, 3 diagnosis snapshots/);
    expect(loss).toMatch(/1 change waiting to sync, which will be lost/);
  });

  it('does not warn about unsent changes when sync is not connected', async () => {
    await renderWithSample();
    expect(screen.getByTestId('delete-loss').textContent).not.toMatch(/waiting to sync/);
  });

  it('stays disabled until the confirmation word is typed', async () => {
    await renderWithSample();
    expect(deleteButton().disabled).toBe(true);
    await view.user.type(screen.getByLabelText(/to confirm/), 'delet');
    expect(deleteButton().disabled).toBe(true);
    await view.user.type(screen.getByLabelText(/to confirm/), 'e');
    expect(deleteButton().disabled).toBe(false);
    expect(await view.db.accounts.count()).toBe(1);
  });

  it('clears every table, disconnects sync first and resets the privacy switches', async () => {
    await writeSettings({ readCaptions: false });
    await renderWithSample();
    await view.user.type(screen.getByLabelText(/to confirm/), 'delete');
    await view.user.click(deleteButton());

    await waitFor(() =>
      expect(screen.getByTestId('delete-result').textContent).toMatch(/^Deleted 1 account, 6 people/),
    );
    for (const table of view.db.tables) expect(await table.count()).toBe(0);
    expect(view.sync.configure).toHaveBeenCalledWith({ endpoint: null });
    expect((await readSettings()).readCaptions).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>(/to confirm/).value).toBe('');
  });

  it('keeps sync and settings when full reset is unticked', async () => {
    await writeSettings({ readCaptions: false });
    await renderWithSample();
    await view.user.click(screen.getByLabelText(/full reset/));
    await view.user.type(screen.getByLabelText(/to confirm/), 'delete');
    await view.user.click(deleteButton());
    await waitFor(() => expect(screen.getByTestId('delete-result').textContent).toMatch(/^Deleted/));
    expect(view.sync.configure).not.toHaveBeenCalled();
    expect((await readSettings()).readCaptions).toBe(false);
  });

  it('still deletes when the background cannot disconnect sync, and says what to do', async () => {
    const sync = fakeSync();
    sync.configure.mockRejectedValueOnce(new Error('no answer'));
    await renderWithSample(sync);
    await view.user.type(screen.getByLabelText(/to confirm/), 'delete');
    await view.user.click(deleteButton());
    await waitFor(() =>
      expect(screen.getByTestId('delete-result').textContent).toMatch(
        /could not be disconnected \(no answer\)/,
      ),
    );
    expect(await view.db.accounts.count()).toBe(0);
  });
});

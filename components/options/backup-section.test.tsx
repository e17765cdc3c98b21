// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepositories } from '@/lib/db/repositories';
import { createSampleAccount } from '@/lib/db/sample-account';
import { wipeAllData } from '@/lib/db/wipe';
import { BackupSection } from './backup-section';
import { jsonFile, renderWithDeps, TEST_NOW, type Rendered } from './options-test-kit';

let view: Rendered;
afterEach(() => view.cleanup());

const restore = (text: string, name = 'backup.json') =>
  view.user.upload(screen.getByLabelText('Restore from a backup file'), jsonFile(text, name));

describe('BackupSection', () => {
  it('exports, and the exported file restores everything after a wipe', async () => {
    view = await renderWithDeps(<BackupSection />);
    await createSampleAccount(createRepositories({ db: view.db, now: () => TEST_NOW }), TEST_NOW);
    await waitFor(() =>
      expect(screen.getByTestId('local-counts').textContent).toMatch(/^1 account, 6 people, 5 notes/),
    );

    await view.user.click(screen.getByRole('button', { name: 'Export backup' }));
    await waitFor(() => expect(view.downloads).toHaveLength(1));
    expect(view.downloads[0]!.fileName).toBe('motive-backup-2026-11-22.json');
    expect(screen.getByTestId('backup-export-result').textContent).toMatch(/Exported 1 account, 6 people/);

    await wipeAllData(view.db);
    await waitFor(() => expect(screen.getByTestId('local-counts').textContent).toBe('no data yet'));
    await restore(view.downloads[0]!.text);
    const confirm = await screen.findByRole('button', { name: /^Restore \d+ records$/ });
    expect(screen.getByTestId('backup-restore-summary').textContent).toMatch(/holds 1 account, 6 people/);
    expect(document.activeElement).toBe(confirm);
    expect(await view.db.accounts.count()).toBe(0);
    await view.user.click(confirm);

    await waitFor(() =>
      expect(screen.getByTestId('backup-import-result').textContent).toMatch(
        /Restored 1 account, 6 people, 5 notes/,
      ),
    );
    await waitFor(() =>
      expect(screen.getByTestId('local-counts').textContent).toMatch(/^1 account, 6 people/),
    );
  });

  it('asks before restoring, says what would be replaced, and writes nothing on cancel', async () => {
    view = await renderWithDeps(<BackupSection />);
    await createSampleAccount(createRepositories({ db: view.db, now: () => TEST_NOW }), TEST_NOW);
    await view.user.click(screen.getByRole('button', { name: 'Export backup' }));
    await waitFor(() => expect(view.downloads).toHaveLength(1));
    const outboxBefore = await view.db.outbox.count();

    await restore(view.downloads[0]!.text);

    await waitFor(() =>
      expect(screen.getByTestId('backup-restore-summary').textContent).toMatch(
        /24 of them already exist here and will be replaced/,
      ),
    );
    expect(screen.getByRole('button', { name: 'Restore 24 records' })).toBeTruthy();
    await view.user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('backup-restore-summary')).toBeNull();
    expect(await view.db.outbox.count()).toBe(outboxBefore);
  });

  it('lists the problems of an invalid backup and changes nothing', async () => {
    view = await renderWithDeps(<BackupSection />);
    const text = JSON.stringify({
      format: 'motive-backup',
      version: 1,
      schemaVersion: 1,
      exportedAt: TEST_NOW.toISOString(),
      data: { accounts: [{ id: 'a_1', name: '' }] },
    });
    await restore(text, 'bad-backup.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/bad-backup\.json was not imported/);
    expect(alert.textContent).toMatch(/accounts #1 \(a_1\): name/);
    expect(await view.db.accounts.count()).toBe(0);
  });

  it('recognises a playbook file chosen by mistake and says where it belongs', async () => {
    view = await renderWithDeps(<BackupSection />);
    await restore(JSON.stringify({ format: 'motive-playbook', version: 1, entries: [] }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/import it under Team playbook/);
  });
});

// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePlaybookImport } from '@/lib/playbook/import-export';
import { buildPlaybookEntry } from '@/tests/fixtures/db/records';
import { jsonFile, renderWithDeps, type Rendered } from './options-test-kit';
import { PlaybookSection } from './playbook-section';

let view: Rendered;
afterEach(() => view.cleanup());

const file = (entries: unknown[]) => JSON.stringify({ format: 'motive-playbook', version: 1, entries });

async function upload(text: string, name = 'team.json') {
  await view.user.upload(screen.getByLabelText('Import a playbook file'), jsonFile(text, name));
}

describe('PlaybookSection', () => {
  it('lists every problem of a broken file by entry and field, and imports nothing', async () => {
    view = await renderWithDeps(<PlaybookSection />);
    const good = buildPlaybookEntry({ id: 'pb_good' });
    await upload(
      file([good, { ...good, id: 'pb_bad', kind: 'shout' }, { ...good, id: 'pb_bad2', title: '' }]),
      'broken.json',
    );

    const report = await screen.findByRole('alert');
    expect(report.textContent).toMatch(/broken\.json was not imported/);
    expect(report.textContent).toMatch(/Entry #2 \(pb_bad\): kind/);
    expect(report.textContent).toMatch(/Entry #3 \(pb_bad2\): title/);
    expect(await view.db.playbook.count()).toBe(0);
    expect(await view.db.outbox.count()).toBe(0);
  });

  it('explains a file that is not JSON, with its position', async () => {
    view = await renderWithDeps(<PlaybookSection />);
    await upload('{"format": "motive-playbook", "version": 1, "entries": [}');
    expect((await screen.findByRole('alert')).textContent).toMatch(/line 1, column/);
  });

  it('imports a valid file as synced team entries and updates the count', async () => {
    view = await renderWithDeps(<PlaybookSection />);
    await upload(file([buildPlaybookEntry({ id: 'pb_1' }), buildPlaybookEntry({ id: 'pb_2' })]));
    await waitFor(() =>
      expect(screen.getByTestId('playbook-import-result').textContent).toMatch(/2 new, 0 updated/),
    );
    await waitFor(() =>
      expect(screen.getByTestId('team-playbook-count').textContent).toBe('2 team entries on this computer.'),
    );
    expect(await view.db.outbox.where('collection').equals('playbook').count()).toBe(2);
  });

  it('exports the team playbook as a file the import reads back identically', async () => {
    view = await renderWithDeps(<PlaybookSection />);
    const entries = [
      buildPlaybookEntry({ id: 'pb_a' }),
      buildPlaybookEntry({ id: 'pb_b', kind: 'ask', proof: undefined }),
    ];
    await upload(file(entries));
    await screen.findByText(/2 new/);

    await view.user.click(screen.getByRole('button', { name: 'Export team playbook' }));

    expect(view.downloads).toHaveLength(1);
    expect(view.downloads[0]!.fileName).toBe('motive-playbook-2026-11-22.json');
    expect(parsePlaybookImport(view.downloads[0]!.text)).toEqual({ ok: true, entries });
  });
});

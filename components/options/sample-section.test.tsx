// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepositories } from '@/lib/db/repositories';
import { renderWithDeps, TEST_NOW, type Rendered } from './options-test-kit';
import { SampleSection } from './sample-section';

let view: Rendered;
afterEach(() => view.cleanup());

describe('SampleSection', () => {
  it('offers a sample account on first run and adds it, clearly marked', async () => {
    view = await renderWithDeps(<SampleSection />);
    await view.user.click(await screen.findByRole('button', { name: 'Add the sample account' }));
    await waitFor(() =>
      expect(screen.getByTestId('sample-result').textContent).toMatch(/Added “Halden Logistics \(sample\)”/),
    );
    const accounts = await view.db.accounts.toArray();
    expect(accounts.map((a) => a.isSample)).toEqual([true]);
    expect(await screen.findByRole('button', { name: 'Remove sample data' })).toBeTruthy();
  });

  it('removes the sample in one action', async () => {
    view = await renderWithDeps(<SampleSection />);
    await view.user.click(await screen.findByRole('button', { name: 'Add the sample account' }));
    await waitFor(() => expect(screen.getByTestId('sample-result').textContent).toMatch(/Added/));
    await view.user.click(screen.getByRole('button', { name: 'Remove sample data' }));
    await waitFor(() => expect(screen.getByTestId('sample-result').textContent).toMatch(/removed/));
    expect(await view.db.accounts.where('deleted').equals(0).count()).toBe(0);
    expect(await screen.findByRole('button', { name: 'Add the sample account' })).toBeTruthy();
  });

  it('steps aside once the user has real accounts and no sample', async () => {
    view = await renderWithDeps(<SampleSection />);
    await screen.findByRole('button', { name: 'Add the sample account' });
    await createRepositories({ db: view.db, now: () => TEST_NOW }).accounts.create({
      name: 'Real',
      crmKeys: [],
    });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Add the sample account' })).toBeNull());
  });
});

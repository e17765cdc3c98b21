// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsPage } from './options-page';
import { renderWithDeps, type Rendered } from './options-test-kit';

let view: Rendered;
afterEach(() => view.cleanup());

describe('OptionsPage', () => {
  it('shows every settings section as a named region under one page heading', async () => {
    view = await renderWithDeps(<OptionsPage />);
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual([
      'Motive settings',
    ]);
    for (const name of ['Team sync', 'Privacy', 'Team playbook', 'Backup', 'Delete all local data']) {
      expect(screen.getByRole('region', { name })).toBeTruthy();
    }
    await waitFor(() => expect(screen.getByRole('region', { name: /sample account/i })).toBeTruthy());
  });

  it('is operable from the keyboard: Tab reaches the sync fields and buttons in reading order', async () => {
    view = await renderWithDeps(<OptionsPage />);
    await screen.findByRole('button', { name: 'Add the sample account' });
    const reached: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      await view.user.tab();
      const el = document.activeElement as HTMLElement;
      const label = (el as HTMLInputElement).labels?.[0]?.textContent;
      reached.push(el.tagName === 'INPUT' ? (label ?? 'unlabelled input') : (el.textContent?.trim() ?? ''));
    }
    expect(reached).toEqual([
      'Skip to settings',
      'Add the sample account',
      'Endpoint URL',
      'Access token',
      'Test connection',
      'Save',
    ]);
  });
});

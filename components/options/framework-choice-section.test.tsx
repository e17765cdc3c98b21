// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithDeps, type Rendered } from '@/components/options/options-test-kit';
import { readSettings, SETTINGS_KEY, writeSettings } from '@/lib/browser/settings';
import { FrameworkChoiceSection } from './framework-choice-section';

let view: Rendered;
afterEach(() => view.cleanup());
const checked = (name: string) => screen.getByRole<HTMLInputElement>('radio', { name }).checked;

describe('FrameworkChoiceSection', () => {
  it('shows MEDDICC chosen by default, with each framework’s fields', async () => {
    view = await renderWithDeps(<FrameworkChoiceSection />);
    await waitFor(() => expect(checked('MEDDICC')).toBe(true));
    expect(screen.getByText(/Economic buyer · Decision criteria/)).toBeTruthy();
  });

  it('stores the team’s choice with the other settings, leaving them alone', async () => {
    await writeSettings({ readEmail: false });
    view = await renderWithDeps(<FrameworkChoiceSection />);
    await waitFor(() => expect(checked('MEDDICC')).toBe(true));
    await view.user.click(screen.getByRole('radio', { name: 'SPICED' }));
    await waitFor(() => expect(checked('SPICED')).toBe(true));
    expect(await readSettings()).toMatchObject({ qualificationFramework: 'spiced', readEmail: false });
  });

  it('shows the clicked framework chosen in the same task as the click, as a browser radio does', async () => {
    view = await renderWithDeps(<FrameworkChoiceSection />);
    await waitFor(() => expect(checked('MEDDICC')).toBe(true));
    // No await between the click and the check: a state update scheduled on a timer (React
    // Query's notify batch) loses to anything that reads the radio right after the click.
    fireEvent.click(screen.getByRole('radio', { name: 'SPICED' }));
    expect(checked('SPICED')).toBe(true);
    expect(checked('MEDDICC')).toBe(false);
    await waitFor(async () => expect((await readSettings()).qualificationFramework).toBe('spiced'));
  });

  it('puts the stored choice back when the write fails, and says why', async () => {
    view = await renderWithDeps(<FrameworkChoiceSection />);
    await waitFor(() => expect(checked('MEDDICC')).toBe(true));
    view.deps.settings.write = () => Promise.reject(new Error('storage is full'));
    fireEvent.click(screen.getByRole('radio', { name: 'BANT' }));
    expect(checked('BANT')).toBe(true);
    await screen.findByRole('alert');
    expect(screen.getByRole('alert').textContent).toMatch(/storage is full/);
    expect(checked('MEDDICC')).toBe(true);
  });

  it('follows a choice made in another Options tab', async () => {
    view = await renderWithDeps(<FrameworkChoiceSection />);
    await waitFor(() => expect(checked('MEDDICC')).toBe(true));
    await writeSettings({ qualificationFramework: 'bant' });
    await waitFor(() => expect(checked('BANT')).toBe(true));
  });

  it('refuses to write an unknown framework and keeps the stored one', async () => {
    view = await renderWithDeps(<FrameworkChoiceSection />);
    await expect(writeSettings({ qualificationFramework: 'gut-feel' as never })).rejects.toThrow(
      /Unknown qualification framework/,
    );
    expect((await readSettings()).qualificationFramework).toBe('meddicc');
  });

  it('reads a damaged stored value as the default instead of breaking the page', async () => {
    await browser.storage.local.set({ [SETTINGS_KEY]: { qualificationFramework: 42 } });
    view = await renderWithDeps(<FrameworkChoiceSection />);
    await waitFor(() => expect(checked('MEDDICC')).toBe(true));
  });
});

// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readSettings, writeSettings } from '@/lib/browser/settings';
import { renderWithDeps, type Rendered } from './options-test-kit';
import { PrivacySection } from './privacy-section';

let view: Rendered;
const isOn = (element: HTMLElement) => (element as HTMLInputElement).checked;
afterEach(() => view.cleanup());

describe('PrivacySection', () => {
  it('shows each surface switch in its stored state', async () => {
    await writeSettings({ readEmail: false });
    view = await renderWithDeps(<PrivacySection />);
    await waitFor(() => expect(isOn(screen.getByRole('switch', { name: /captions/i }))).toBe(true));
    expect(isOn(screen.getByRole('switch', { name: /email/i }))).toBe(false);
    expect(isOn(screen.getByRole('switch', { name: /CRM/i }))).toBe(true);
  });

  it('persists a switch as soon as it is toggled, leaving the other surfaces alone', async () => {
    view = await renderWithDeps(<PrivacySection />);
    const captions = await screen.findByRole('switch', { name: /captions/i });
    await waitFor(() => expect(isOn(captions)).toBe(true));

    await view.user.click(captions);

    await waitFor(() => expect(isOn(captions)).toBe(false));
    expect(await readSettings()).toEqual({
      readCaptions: false,
      readEmail: true,
      readCrm: true,
      qualificationFramework: 'meddicc',
    });
  });

  it('states the privacy posture plainly: local analysis, no audio, nothing leaves but sync', async () => {
    view = await renderWithDeps(<PrivacySection />);
    const text = screen.getByRole('region', { name: 'Privacy' }).textContent ?? '';
    expect(text).toMatch(/locally/);
    expect(text).toMatch(/audio/);
    expect(text).toMatch(/Nothing leaves this computer except through the sync endpoint/);
  });
});

// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { PANEL_VIEWS, VIEW_LABELS, type PanelView } from '@/components/kernel/panel-mode';
import { VIEW_PANEL_ID, ViewSwitcher } from './view-switcher';

afterEach(() => cleanup());

function Switcher() {
  const [view, setView] = useState<PanelView | null>(null);
  return (
    <>
      <ViewSwitcher view={view} onChange={setView} />
      <div id={VIEW_PANEL_ID}>{view}</div>
    </>
  );
}

const button = (name: string) => screen.getByRole('button', { name });
const expanded = () =>
  screen
    .getAllByRole('button')
    .filter((b) => b.getAttribute('aria-expanded') === 'true')
    .map((b) => b.textContent);

describe('ViewSwitcher', () => {
  it('starts folded; Enter opens a view, Enter again folds it; arrows move between views without opening them', async () => {
    const user = userEvent.setup();
    render(<Switcher />);
    expect(screen.getByRole('navigation', { name: 'Views' })).toBeTruthy();
    expect(expanded()).toEqual([]);
    for (const b of screen.getAllByRole('button'))
      expect(b.getAttribute('aria-controls')).toBe(VIEW_PANEL_ID);

    button('Diagnose').focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(button('People'));
    expect(expanded()).toEqual([]);
    await user.keyboard('{Enter}');
    expect(expanded()).toEqual(['People2']);
    expect(document.getElementById(VIEW_PANEL_ID)?.textContent).toBe('people');
    // From the first view, Left wraps round to the last one (whichever view is last).
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(document.activeElement).toBe(button(VIEW_LABELS[PANEL_VIEWS.at(-1)!]));
    await user.keyboard('{ArrowRight}{ArrowRight}{Enter}');
    expect(expanded()).toEqual([]);
  });
});

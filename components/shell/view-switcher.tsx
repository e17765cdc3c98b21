import type { KeyboardEvent } from 'react';
import { PANEL_VIEWS, VIEW_LABELS, type PanelView } from '@/components/kernel/panel-mode';

/** The id of the element under the switcher that holds the open view. */
export const VIEW_PANEL_ID = 'view-panel';

/**
 * The views under the mode card, collapsed by default: the card is the first screen. Each
 * view is a disclosure button (`aria-expanded`, controlling the view panel): a click opens
 * it, a second click folds it back behind the card. 1–5 open a view from anywhere, 0 folds
 * it; arrow keys move between the buttons.
 */
export function ViewSwitcher({
  view,
  onChange,
}: {
  view: PanelView | null;
  onChange: (view: PanelView | null) => void;
}) {
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const at = PANEL_VIEWS.findIndex((v) => document.activeElement?.id === `view-button-${v}`);
    if (step === 0 || at < 0) return;
    event.preventDefault();
    const next = PANEL_VIEWS[(at + step + PANEL_VIEWS.length) % PANEL_VIEWS.length]!;
    document.getElementById(`view-button-${next}`)?.focus({ preventScroll: true });
  };
  return (
    <nav aria-label="Views" className="view-switcher" onKeyDown={onKeyDown}>
      {PANEL_VIEWS.map((v, i) => (
        <button
          key={v}
          id={`view-button-${v}`}
          type="button"
          aria-expanded={v === view}
          aria-controls={VIEW_PANEL_ID}
          onClick={() => onChange(v === view ? null : v)}
        >
          {VIEW_LABELS[v]}
          <span className="view-key" aria-hidden="true">
            {i + 1}
          </span>
        </button>
      ))}
    </nav>
  );
}

import type { KeyboardEvent } from 'react';
import { PANEL_VIEWS, VIEW_LABELS, type PanelView } from '@/components/kernel/panel-mode';

/** The view switcher as an ARIA tablist (arrow keys move between tabs; 1–5 jump). */
export function ViewTabs({ view, onChange }: { view: PanelView; onChange: (view: PanelView) => void }) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = PANEL_VIEWS[(PANEL_VIEWS.indexOf(view) + step + PANEL_VIEWS.length) % PANEL_VIEWS.length]!;
    onChange(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div role="tablist" aria-label="Views" className="view-tabs" onKeyDown={onKeyDown}>
      {PANEL_VIEWS.map((v, i) => (
        <button
          key={v}
          id={`tab-${v}`}
          type="button"
          role="tab"
          aria-selected={v === view}
          aria-controls="view-panel"
          tabIndex={v === view ? 0 : -1}
          onClick={() => onChange(v)}
        >
          {VIEW_LABELS[v]}
          <span className="tab-key" aria-hidden="true">
            {i + 1}
          </span>
        </button>
      ))}
    </div>
  );
}

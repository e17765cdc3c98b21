import { MODE_LABELS, PANEL_MODES, type PanelMode } from '@/components/kernel/panel-mode';

/** Live call / Email / Renewal prep, as a radio group; it follows the tab until changed. */
export function ModeSwitch({ mode, onChange }: { mode: PanelMode; onChange: (mode: PanelMode) => void }) {
  return (
    <fieldset className="mode-switch">
      <legend className="visually-hidden">Mode (m)</legend>
      {PANEL_MODES.map((m) => (
        <label key={m} className={m === mode ? 'is-active' : ''}>
          <input type="radio" name="panel-mode" value={m} checked={m === mode} onChange={() => onChange(m)} />
          {MODE_LABELS[m]}
        </label>
      ))}
    </fieldset>
  );
}

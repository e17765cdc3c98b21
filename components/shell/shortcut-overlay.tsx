import { useEffect, useRef } from 'react';
import { SHORTCUTS, type Shortcut } from '@/components/shell/shortcuts';

const GROUPS: Shortcut['group'][] = ['During a call', 'Views', 'Anywhere'];

/** The `?` overlay: every shortcut, from the same table the keyboard handler uses. */
export function ShortcutOverlay({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const node = dialog.current;
    if (node && !node.open) {
      if (typeof node.showModal === 'function') node.showModal();
      else node.setAttribute('open', '');
    }
  }, []);
  return (
    <dialog
      ref={dialog}
      className="shortcut-overlay"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      onCancel={onClose}
      onKeyDown={(e) => {
        if (e.key === '?' || e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <p className="muted small">They never fire while you type in a field. Esc leaves a field.</p>
      {GROUPS.map((group) => (
        <section key={group} aria-label={group}>
          <h3>{group}</h3>
          <dl className="shortcut-list">
            {SHORTCUTS.filter((s) => s.group === group).map((s) => (
              <div key={s.key}>
                <dt>
                  <kbd>{s.label}</kbd>
                </dt>
                <dd>{s.description}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <button type="button" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}

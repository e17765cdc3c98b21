import { useEffect } from 'react';
import type { CommandBus } from '@/components/kernel/panel-commands';
import { commandForKey } from './shortcuts';

/**
 * Turns key presses anywhere in the panel into commands. Keys typed into text fields stay
 * text; a key whose command nobody handles is left alone for the browser.
 */
export function usePanelKeyboard(
  bus: CommandBus,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      // A modal (the shortcut overlay) owns the keyboard while it is open.
      if (document.querySelector('dialog[open]')) return;
      const command = commandForKey(event);
      if (command && bus.run(command)) event.preventDefault();
    };
    target.addEventListener('keydown', onKey as EventListener);
    return () => target.removeEventListener('keydown', onKey as EventListener);
  }, [bus, target]);
}

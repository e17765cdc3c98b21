/**
 * A tiny command bus between the keyboard and the views: the shell turns a key into a
 * command name, and whichever mounted view registered that command runs it. Views stay
 * ignorant of keys; the `?` overlay lists the same table the keyboard uses.
 */
import { createContext, useContext, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';

export type PanelCommand =
  | 'toggle-help'
  | 'next-mode'
  | 'find-account'
  | 'view-diagnose'
  | 'view-people'
  | 'view-play'
  | 'view-notes'
  | 'view-brief'
  | 'close-view'
  | 'view-qualify'
  | 'precall-brief'
  | 'confirm-suggestion'
  | 'reject-suggestion'
  | 'next-suggestion'
  | 'previous-suggestion'
  | 'tick-signal'
  | 'new-note'
  | 'next-person'
  | 'previous-person'
  | 'snapshot'
  | 'show-recap'
  | 'dismiss-objection';

type Handler = () => void;

export interface CommandBus {
  /** Runs the most recently registered handler; false when nothing handles the command. */
  run(command: PanelCommand): boolean;
  register(command: PanelCommand, handler: Handler): () => void;
}

export function createCommandBus(): CommandBus {
  const handlers = new Map<PanelCommand, Handler[]>();
  return {
    run(command) {
      const list = handlers.get(command);
      const handler = list?.[list.length - 1];
      if (!handler) return false;
      handler();
      return true;
    },
    register(command, handler) {
      const list = handlers.get(command) ?? [];
      list.push(handler);
      handlers.set(command, list);
      return () => {
        const index = list.indexOf(handler);
        if (index >= 0) list.splice(index, 1);
      };
    },
  };
}

const CommandBusContext = createContext<CommandBus | null>(null);

export function CommandBusProvider({ bus, children }: { bus?: CommandBus; children: ReactNode }) {
  const value = useMemo(() => bus ?? createCommandBus(), [bus]);
  return <CommandBusContext.Provider value={value}>{children}</CommandBusContext.Provider>;
}

export function useCommandBus(): CommandBus {
  const bus = useContext(CommandBusContext);
  if (!bus) throw new Error('useCommandBus needs a CommandBusProvider.');
  return bus;
}

/**
 * Registers `handler` for `command` while the component is mounted and `enabled` (latest
 * registration wins).
 * Layout effects, not passive ones: they run as the render commits, so a key pressed right
 * after a render (j then x, fast, during a call) reaches the handler of what is on screen,
 * never one from the render before.
 */
export function useCommand(command: PanelCommand, handler: Handler, enabled = true): void {
  const bus = useContext(CommandBusContext);
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  useLayoutEffect(
    () => (enabled ? bus?.register(command, () => latest.current()) : undefined),
    [bus, command, enabled],
  );
}

/**
 * The one way extension pages (side panel, options) hear the background's announcements.
 *
 * Every extension page hears every runtime message, and content scripts send with the
 * extension's own id, so checking `sender.id` is not enough: a compromised content script
 * once showed "Evil Corp" and a fake "paste your token at …" error in the panel. Here the
 * sender must be the background itself, then the payload is validated (schemas load lazily),
 * and only then do listeners run. Several listeners may share one event name
 * (@webext-core/messaging allows one per name per page), so this fans out.
 */
import { browser } from 'wxt/browser';
import { panelEvents } from './channels';
import { backgroundSenderProblem, type ExtensionIdentity, type SenderLike } from './guards';
import type { BackgroundToPanel } from './protocol';

export type BackgroundEvent = keyof BackgroundToPanel;
export type BackgroundEventData<N extends BackgroundEvent> = Parameters<BackgroundToPanel[N]>[0];
type Listener<N extends BackgroundEvent> = (data: BackgroundEventData<N>) => void;

export interface BackgroundEventDeps {
  /** Registers the single channel listener for a name; returns its removal. */
  listen(
    name: BackgroundEvent,
    receive: (message: { data: unknown; sender: SenderLike }) => void,
  ): () => void;
  identity(): ExtensionIdentity;
  /** Validates a payload; resolves to the parsed data or a reason it was refused. */
  validate(name: BackgroundEvent, data: unknown): Promise<{ data: unknown } | { problem: string }>;
  warn(message: string): void;
}

export function createBackgroundEvents(deps: BackgroundEventDeps) {
  const listeners = new Map<BackgroundEvent, Set<Listener<BackgroundEvent>>>();
  const removals = new Map<BackgroundEvent, () => void>();

  async function receive(name: BackgroundEvent, message: { data: unknown; sender: SenderLike }) {
    const problem = backgroundSenderProblem(message.sender, deps.identity());
    if (problem !== null) return deps.warn(`Motive ignored “${name}”: ${problem}.`);
    const checked = await deps.validate(name, message.data);
    if ('problem' in checked) return deps.warn(`Motive ignored “${name}”: ${checked.problem}.`);
    for (const listener of listeners.get(name) ?? []) listener(checked.data as never);
  }

  return {
    on<N extends BackgroundEvent>(name: N, listener: Listener<N>): () => void {
      let set = listeners.get(name);
      if (!set) {
        set = new Set();
        listeners.set(name, set);
        removals.set(
          name,
          deps.listen(name, (message) => void receive(name, message)),
        );
      }
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size > 0) return;
        listeners.delete(name);
        removals.get(name)?.();
        removals.delete(name);
      };
    },
  };
}

const pageEvents = createBackgroundEvents({
  listen: (name, receive) => panelEvents.onMessage(name, ({ data, sender }) => receive({ data, sender })),
  identity: () => ({ id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') }),
  async validate(name, data) {
    const { backgroundEventSchemas } = await import('./background-event-schemas');
    const parsed = backgroundEventSchemas[name].safeParse(data);
    if (parsed.success) return { data: parsed.data };
    const issue = parsed.error.issues[0];
    return { problem: `invalid ${issue?.path.join('.') || 'data'}: ${issue?.message ?? 'bad payload'}` };
  },
  warn: (message) => console.warn(message),
});

/** Listens for a background announcement in an extension page; returns the removal. */
export function onBackgroundEvent<N extends BackgroundEvent>(name: N, listener: Listener<N>): () => void {
  return pageEvents.on(name, listener);
}

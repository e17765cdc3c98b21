/**
 * The panel's keyboard shortcuts: one table read by the key handler and by the `?` overlay,
 * so the overlay can never drift from what the keys do.
 */
import type { PanelCommand } from '@/components/kernel/panel-commands';

export interface Shortcut {
  /** `KeyboardEvent.key` value. */
  key: string;
  /** How the overlay shows the key. */
  label: string;
  command: PanelCommand;
  description: string;
  group: 'Anywhere' | 'During a call' | 'Views';
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    key: '?',
    label: '?',
    command: 'toggle-help',
    description: 'Show or hide these shortcuts',
    group: 'Anywhere',
  },
  {
    key: '/',
    label: '/',
    command: 'find-account',
    description: 'Find, switch or create an account',
    group: 'Anywhere',
  },
  {
    key: 'm',
    label: 'm',
    command: 'next-mode',
    description: 'Switch mode (live call, email, renewal prep)',
    group: 'Anywhere',
  },
  {
    key: 'b',
    label: 'b',
    command: 'precall-brief',
    description: 'Pre-call brief: who, unknowns, questions, proof, open commitments',
    group: 'Anywhere',
  },
  {
    key: 'y',
    label: 'y',
    command: 'confirm-suggestion',
    description: 'Confirm the highlighted suggested quote',
    group: 'During a call',
  },
  {
    key: 'x',
    label: 'x',
    command: 'reject-suggestion',
    description: 'Reject the highlighted suggested quote',
    group: 'During a call',
  },
  {
    key: 'j',
    label: 'j',
    command: 'next-suggestion',
    description: 'Highlight the next suggestion',
    group: 'During a call',
  },
  {
    key: 'k',
    label: 'k',
    command: 'previous-suggestion',
    description: 'Highlight the previous suggestion',
    group: 'During a call',
  },
  {
    key: 't',
    label: 't',
    command: 'tick-signal',
    description: 'Tick a signal: type to filter, Enter to tick',
    group: 'During a call',
  },
  {
    key: 'n',
    label: 'n',
    command: 'new-note',
    description: 'New note stamped with the current time',
    group: 'During a call',
  },
  {
    key: 'p',
    label: 'p',
    command: 'next-person',
    description: 'Next person you are talking to',
    group: 'During a call',
  },
  {
    key: 'P',
    label: 'Shift+p',
    command: 'previous-person',
    description: 'Previous person',
    group: 'During a call',
  },
  {
    key: 's',
    label: 's',
    command: 'snapshot',
    description: 'Record a diagnosis snapshot',
    group: 'During a call',
  },
  {
    key: 'r',
    label: 'r',
    command: 'show-recap',
    description: 'End the call and show its recap (or reopen the last one)',
    group: 'During a call',
  },
  {
    key: 'd',
    label: 'd',
    command: 'dismiss-objection',
    description: 'Dismiss the newest objection card',
    group: 'During a call',
  },
  { key: '1', label: '1', command: 'view-diagnose', description: 'Diagnose', group: 'Views' },
  { key: '2', label: '2', command: 'view-people', description: 'People', group: 'Views' },
  { key: '3', label: '3', command: 'view-play', description: 'Play', group: 'Views' },
  { key: '4', label: '4', command: 'view-notes', description: 'Notes', group: 'Views' },
  { key: '5', label: '5', command: 'view-brief', description: 'Brief', group: 'Views' },
  { key: '6', label: '6', command: 'view-qualify', description: 'Qualify', group: 'Views' },
  {
    key: '0',
    label: '0',
    command: 'close-view',
    description: 'Fold the open view back behind the card',
    group: 'Views',
  },
];

const BY_KEY = new Map(SHORTCUTS.map((s) => [s.key, s]));

/** True when keys typed there are text, not commands. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(type);
}

/** The command for a key press, or null (typing, modifier chords and unknown keys). */
export function commandForKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
): PanelCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(event.target)) return null;
  return BY_KEY.get(event.key)?.command ?? null;
}

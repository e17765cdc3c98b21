/**
 * The panel's three modes, one per user moment, and how they follow the active tab.
 * Pure functions: the shell keeps the state, these decide.
 */
import type { Channel, Surface } from '@/lib/domain/vocabulary';

export const PANEL_MODES = ['live', 'email', 'prep'] as const;
export type PanelMode = (typeof PANEL_MODES)[number];

export const MODE_LABELS: Record<PanelMode, string> = {
  live: 'Live call',
  email: 'Email',
  prep: 'Renewal prep',
};

/** The playbook channel each mode matches against. */
export const MODE_CHANNEL: Record<PanelMode, Channel> = { live: 'call', email: 'email', prep: 'prep' };

/**
 * The mode a surface calls for: a call tab → live, an email tab → email, a CRM record →
 * renewal prep. Tabs Motive does not read keep whatever mode the rep was in.
 */
export function modeForSurface(surface: Surface | null, current: PanelMode): PanelMode {
  if (surface === 'call') return 'live';
  if (surface === 'email') return 'email';
  if (surface === 'crm') return 'prep';
  return current;
}

export const PANEL_VIEWS = ['diagnose', 'people', 'play', 'notes', 'brief', 'qualify'] as const;
export type PanelView = (typeof PANEL_VIEWS)[number];

export const VIEW_LABELS: Record<PanelView, string> = {
  diagnose: 'Diagnose',
  people: 'People',
  play: 'Play',
  notes: 'Notes',
  brief: 'Brief',
  qualify: 'Qualify',
};

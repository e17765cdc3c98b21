/** The playbook a rep sees: the shipped defaults with the team's own entries layered on top. */
import type { PlaybookEntry } from './schema';

/** A team entry as stored locally; `deleted: 1` is a tombstone (lib/db SyncedRow). */
export type TeamEntry = PlaybookEntry & { deleted?: 0 | 1 };

/**
 * Team entries override defaults with the same id; a team tombstone for a default id hides
 * that default for the whole team. Order: defaults in shipped order (overridden in place),
 * then team-only entries in the order given.
 */
export function mergePlaybook(
  defaults: readonly PlaybookEntry[],
  team: readonly TeamEntry[],
): PlaybookEntry[] {
  const byId = new Map(team.map((e) => [e.id, e]));
  const merged: PlaybookEntry[] = [];
  for (const d of defaults) {
    const t = byId.get(d.id);
    if (!t) merged.push(d);
    else if (!t.deleted) merged.push(strip(t));
  }
  const defaultIds = new Set(defaults.map((d) => d.id));
  for (const t of team) if (!t.deleted && !defaultIds.has(t.id)) merged.push(strip(t));
  return merged;
}

function strip(entry: TeamEntry): PlaybookEntry {
  const { deleted: _deleted, ...rest } = entry as TeamEntry & { serverVersion?: unknown };
  delete (rest as { serverVersion?: unknown }).serverVersion;
  return rest;
}

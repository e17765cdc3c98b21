/**
 * What the extension tells people about selector packs: which pack each app reads with and why
 * a team pack was refused. Derived from the stored state (one home: StoredPackState), so the
 * background's answer to `refreshSelectorPack` and the options page say the same thing.
 */
import { APPS, type AppId } from '../domain/vocabulary';
import type { StoredPackState } from '../sites/packs/selector-pack';

export interface TeamPackInUse {
  version: number;
  publishedAt: string;
  fetchedAt: string;
}

export interface PackStatus {
  /** Per app: the team pack it reads with, or null for the built-in pack. */
  apps: Record<AppId, TeamPackInUse | null>;
  /** The last team pack refused (the previous good one, or the built-in pack, stays in use). */
  refused: { at: string; reason: string; version?: number } | null;
  checkedAt: string | null;
}

export function packStatus(state: StoredPackState): PackStatus {
  const team = state.team;
  const apps = Object.fromEntries(
    APPS.map((app) => [
      app,
      team && team.pack.apps[app]
        ? { version: team.pack.version, publishedAt: team.pack.publishedAt, fetchedAt: team.fetchedAt }
        : null,
    ]),
  ) as Record<AppId, TeamPackInUse | null>;
  return { apps, refused: state.refused, checkedAt: state.checkedAt };
}

/**
 * What the extension tells people about selector packs: which pack each app reads with and why
 * a team pack was refused. Derived from the stored state (one home: StoredPackState), so the
 * background's answer to `refreshSelectorPack` and the options page say the same thing.
 */
import { APPS, type AppId } from '../domain/vocabulary';
import type { StoredPackState } from '../sites/packs/selector-pack';
import { parsePackState } from './selector-pack-refresh';
import { checkSelectorPack } from './selector-pack-schema';

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

/**
 * The status from what storage.local holds, for extension pages: the stored state is
 * re-checked (the team pack against the same zod schema the background used); a team pack
 * that no longer passes counts as none, as content scripts would then read built-in.
 */
export function packStatusFromStorage(raw: unknown): PackStatus {
  const state = parsePackState(raw);
  const team = state.team && checkSelectorPack(state.team.pack).ok ? state.team : null;
  return packStatus({ ...state, team });
}

/**
 * What the extension tells people about selector packs: which pack each app reads with and why
 * a team pack was refused. Derived from the stored state (one home: StoredPackState), so the
 * background's answer to `refreshSelectorPack` and the options page say the same thing.
 */
import type { PackStatus, TeamPackInUse } from '../domain/selector-pack';
import type { AppId } from '../domain/vocabulary';
import { APPS } from '../domain/vocabulary';
import type { StoredPackState } from '../sites/packs/selector-pack';
import { parsePackState } from './selector-pack-refresh';
import { checkSelectorPack } from './selector-pack-schema';

export type { PackStatus, TeamPackInUse } from '../domain/selector-pack';

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

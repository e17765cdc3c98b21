/**
 * The background's side of team selector packs: ask the sync endpoint, validate, keep the last
 * good pack. A refused pack or a failed request never replaces it (the reason is recorded for
 * Options); `{ pack: null }` from the server means the team withdrew its pack → built-in.
 * Runs in the background only (zod); content scripts read the result from storage.local.
 */
import { EMPTY_PACK_STATE, readStoredTeamPack, type StoredPackState } from '../sites/packs/selector-pack';
import { checkSelectorPack } from './selector-pack-schema';
import type { FetchLike } from './transport';

export interface RefreshDeps {
  fetchFn: FetchLike;
  /** The sync endpoint and token; null when sync is not configured (nothing is asked). */
  endpoint: { url: string; token: string } | null;
  previous: StoredPackState;
  now: () => Date;
}

/** Parses what storage.local holds (written by us; anything odd counts as nothing). */
export function parsePackState(raw: unknown): StoredPackState {
  if (typeof raw !== 'object' || raw === null) return EMPTY_PACK_STATE;
  const value = raw as Partial<StoredPackState>;
  const pack = readStoredTeamPack(raw);
  const refused = value.refused;
  return {
    team: pack && value.team ? { pack, fetchedAt: String(value.team.fetchedAt) } : null,
    refused:
      refused && typeof refused.reason === 'string'
        ? {
            at: String(refused.at),
            reason: refused.reason,
            ...(typeof refused.version === 'number' ? { version: refused.version } : {}),
          }
        : null,
    checkedAt: typeof value.checkedAt === 'string' ? value.checkedAt : null,
  };
}

export async function refreshTeamPack({
  fetchFn,
  endpoint,
  previous,
  now,
}: RefreshDeps): Promise<StoredPackState> {
  if (!endpoint) return previous;
  const at = now().toISOString();
  const refuse = (reason: string, version?: number): StoredPackState => ({
    ...previous,
    checkedAt: at,
    refused: { at, reason, ...(version !== undefined ? { version } : {}) },
  });
  let body: unknown;
  try {
    const response = await fetchFn(`${endpoint.url}/v1/selector-pack`, {
      method: 'GET',
      headers: { Authorization: `Bearer ${endpoint.token}` },
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) return refuse(`the sync server answered HTTP ${response.status}`);
    body = await response.json();
  } catch (error) {
    return refuse(`could not fetch the team pack (${(error as Error).message})`);
  }
  const pack = (body as { pack?: unknown } | null)?.pack;
  if (pack === null) return { team: null, refused: null, checkedAt: at };
  const checked = checkSelectorPack(pack);
  if (!checked.ok) {
    const version = (pack as { version?: unknown })?.version;
    return refuse(`team pack refused: ${checked.reason}`, typeof version === 'number' ? version : undefined);
  }
  return { team: { pack: checked.pack, fetchedAt: at }, refused: null, checkedAt: at };
}

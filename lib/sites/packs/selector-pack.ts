/**
 * Selector packs: the readers' selectors as pure data, so a team can ship a fix the day a
 * vendor changes its page, without a store release. A pack names, per app, selector sets
 * (ordered CSS selectors or `structure:` cues, see calls/caption-structure.ts) and label lists.
 * Never code. Content scripts import this file, so it holds types and plain checks only: the
 * zod schema that admits a team pack lives in pack-schema.ts (background and server).
 */

export { PACK_FORMAT, PACK_LIMITS, type AppPack, type SelectorPack } from '../../domain/selector-pack';
import { PACK_FORMAT, PACK_LIMITS, type SelectorPack } from '../../domain/selector-pack';

/** What the background keeps in storage.local for content scripts and Options to read. */
export interface StoredPackState {
  /** The last team pack that passed validation (null: none, the built-in pack is used). */
  team: { pack: SelectorPack; fetchedAt: string } | null;
  /** The last pack refused, and why (a refused pack never replaces the last good one). */
  refused: { at: string; reason: string; version?: number } | null;
  /** When the sync endpoint was last asked. */
  checkedAt: string | null;
}

/** storage.local key, written only by the background. */
export const PACK_STORAGE_KEY = 'motive:selector-pack';

export const EMPTY_PACK_STATE: StoredPackState = { team: null, refused: null, checkedAt: null };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isStringList = (value: unknown, max: number, length: number): value is string[] =>
  Array.isArray(value) &&
  value.length <= max &&
  value.every((item) => typeof item === 'string' && item.length > 0 && item.length <= length);

function isStringListMap(value: unknown, max: number, length: number): value is Record<string, string[]> {
  if (!isRecord(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length <= PACK_LIMITS.keysPerApp &&
    entries.every(([key, list]) => key.length <= PACK_LIMITS.keyLength && isStringList(list, max, length))
  );
}

/**
 * A team pack as content scripts find it in storage.local, or null on anything unexpected
 * (the background validated it with zod; this plain re-check keeps a content script safe from
 * a value it did not expect, and then it simply reads with the built-in selectors).
 */
export function readStoredTeamPack(raw: unknown): SelectorPack | null {
  if (!isRecord(raw) || !isRecord(raw.team)) return null;
  const pack = raw.team.pack;
  if (!isRecord(pack) || pack.format !== PACK_FORMAT || !isRecord(pack.apps)) return null;
  if (typeof pack.version !== 'number' || typeof pack.publishedAt !== 'string') return null;
  for (const app of Object.values(pack.apps)) {
    if (!isRecord(app)) return null;
    if (!isStringListMap(app.selectors, PACK_LIMITS.selectorsPerKey, PACK_LIMITS.selectorLength)) return null;
    if (!isStringListMap(app.labels, PACK_LIMITS.labelsPerKey, PACK_LIMITS.labelLength)) return null;
  }
  return pack as unknown as SelectorPack;
}

/**
 * A call can say the same thing many times: a flood of caption lines (171 suggestions in 20 s
 * were measured) must not become 171 rows, each queued for sync. Per call (one caption batch)
 * and per tab:
 *  1. suggestions of the same motivation by the same speaker coalesce into the strongest one;
 *  2. a speaker's motivation already suggested within the last `windowMs` (by the lines' own
 *     times) is the same point said again, and is dropped;
 *  3. at most `maxPerCall` rows are kept, strongest first.
 * Pure apart from the `recent` map it is given (the tab's memory of what it suggested).
 */
import { nameMatchKey } from '@/lib/domain/text';
import type { AccountlessEvidence } from './suggested-evidence';

export const CAPTION_FLOOD_LIMITS = { maxPerCall: 6, windowMs: 60_000 } as const;

type Row = AccountlessEvidence;

/** Speaker + motivation → time (ms) of the last suggestion kept for it. */
export type RecentSuggestions = Map<string, number>;

const keyOf = (row: Row) => `${nameMatchKey(row.speaker ?? '')}\u241f${row.motivation}`;

/** The rows worth writing from one caption batch (see module comment); updates `recent`. */
export function coalesceCaptionEvidence<T extends Row>(
  rows: readonly T[],
  recent: RecentSuggestions,
  limits: { maxPerCall: number; windowMs: number } = CAPTION_FLOOD_LIMITS,
): T[] {
  const strongest = new Map<string, T>();
  for (const row of rows) {
    const key = keyOf(row);
    const kept = strongest.get(key);
    if (!kept || row.weight > kept.weight) strongest.set(key, row);
  }
  const kept = [...strongest.entries()]
    .filter(([key, row]) => {
      const last = recent.get(key);
      const at = Date.parse(row.at);
      return last === undefined || !Number.isFinite(at) || Math.abs(at - last) >= limits.windowMs;
    })
    .sort((a, b) => b[1].weight - a[1].weight)
    .slice(0, limits.maxPerCall);
  for (const [key, row] of kept) {
    const at = Date.parse(row.at);
    if (Number.isFinite(at)) recent.set(key, at);
  }
  return kept.map(([, row]) => row);
}

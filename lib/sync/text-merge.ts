/**
 * Line-based merge of two edits of one text (notes). Shared leading and trailing lines are
 * kept once; when both sides changed the middle, both middles are kept between markers so
 * the rep can reconcile them. Nothing either side wrote is dropped.
 */
export const CONFLICT_MARKERS = {
  start: '⟪ Sync conflict — edit from another device: ⟫',
  middle: '⟪ … and the edit from this device: ⟫',
  end: '⟪ End of conflict: keep what is right and delete the rest. ⟫',
} as const;

export function mergeTexts(theirs: string, mine: string): string {
  if (theirs === mine) return mine;
  const a = theirs.split('\n');
  const b = mine.split('\n');
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix++;
  }
  const middleA = a.slice(prefix, a.length - suffix);
  const middleB = b.slice(prefix, b.length - suffix);
  // One side only added or kept lines: its text already holds everything.
  if (middleA.length === 0) return mine;
  if (middleB.length === 0) return theirs;
  return [
    ...a.slice(0, prefix),
    CONFLICT_MARKERS.start,
    ...middleA,
    CONFLICT_MARKERS.middle,
    ...middleB,
    CONFLICT_MARKERS.end,
    ...a.slice(a.length - suffix),
  ].join('\n');
}

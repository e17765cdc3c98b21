/**
 * Line-based merge of two edits of one text (notes), with no common ancestor. Lines both
 * texts share (their longest common subsequence) are kept once, in order; between them,
 * lines only one side has are kept as they are, and where both sides differ both versions
 * are kept between markers for the rep to reconcile. Nothing either side wrote is dropped,
 * and repeated merges do not duplicate shared lines.
 */
export const CONFLICT_MARKERS = {
  start: '⟪ Sync conflict — edit from another device: ⟫',
  middle: '⟪ … and the edit from this device: ⟫',
  end: '⟪ End of conflict: keep what is right and delete the rest. ⟫',
} as const;

/** Above this many line pairs the LCS table is too costly; only shared ends are matched. */
const MAX_CELLS = 4_000_000;

export function mergeTexts(theirs: string, mine: string): string {
  if (theirs === mine) return mine;
  const a = theirs.split('\n');
  const b = mine.split('\n');
  const out: string[] = [];
  let gapA: string[] = [];
  let gapB: string[] = [];
  const flush = () => {
    if (gapA.length > 0 && gapB.length > 0) {
      out.push(CONFLICT_MARKERS.start, ...gapA, CONFLICT_MARKERS.middle, ...gapB, CONFLICT_MARKERS.end);
    } else out.push(...gapA, ...gapB);
    gapA = [];
    gapB = [];
  };
  const pairs = commonLines(a, b);
  let i = 0;
  let j = 0;
  for (const [ci, cj] of [...pairs, [a.length, b.length] as const]) {
    gapA.push(...a.slice(i, ci));
    gapB.push(...b.slice(j, cj));
    flush();
    if (ci < a.length) out.push(a[ci]!);
    i = ci + 1;
    j = cj + 1;
  }
  return out.join('\n');
}

/** Index pairs of a longest common subsequence of lines (shared ends only when too big). */
function commonLines(a: string[], b: string[]): (readonly [number, number])[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end])
    end++;
  const head = Array.from({ length: start }, (_, k) => [k, k] as const);
  const tail = Array.from({ length: end }, (_, k) => [a.length - end + k, b.length - end + k] as const);
  const midA = a.slice(start, a.length - end);
  const midB = b.slice(start, b.length - end);
  if (midA.length * midB.length > MAX_CELLS) return [...head, ...tail];
  // dp[x][y]: LCS length of midA[x..] and midB[y..].
  const width = midB.length + 1;
  const dp = new Uint32Array((midA.length + 1) * width);
  for (let x = midA.length - 1; x >= 0; x--) {
    for (let y = midB.length - 1; y >= 0; y--) {
      dp[x * width + y] =
        midA[x] === midB[y]
          ? dp[(x + 1) * width + y + 1]! + 1
          : Math.max(dp[(x + 1) * width + y]!, dp[x * width + y + 1]!);
    }
  }
  const middle: (readonly [number, number])[] = [];
  for (let x = 0, y = 0; x < midA.length && y < midB.length;) {
    if (midA[x] === midB[y]) {
      middle.push([start + x, start + y]);
      x++;
      y++;
    } else if (dp[(x + 1) * width + y]! >= dp[x * width + y + 1]!) x++;
    else y++;
  }
  return [...head, ...middle, ...tail];
}

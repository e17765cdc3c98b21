/**
 * Where something the rep writes from the panel goes (a note taken on a call or a thread):
 * to the account resolved for the tab it came from, never silently to whatever the panel
 * shows. When the two disagree, nothing is written until the rep chooses. Pure.
 */
export type WriteTarget =
  { kind: 'write'; accountId: string } | { kind: 'ask'; sourceAccountId: string; shownAccountId: string };

/**
 * `sourceAccountId`: the account resolved for the source tab (null when that tab resolves none,
 * or there is no tab: then the panel's account is the only one in question).
 */
export function writeTarget(input: { shownAccountId: string; sourceAccountId: string | null }): WriteTarget {
  const { shownAccountId, sourceAccountId } = input;
  if (sourceAccountId === null || sourceAccountId === shownAccountId) {
    return { kind: 'write', accountId: shownAccountId };
  }
  return { kind: 'ask', sourceAccountId, shownAccountId };
}

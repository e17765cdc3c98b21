/**
 * What the first-run screen (no account open) asks of the database, through indexes only:
 * it re-runs on every account write while shown, and with thousands of accounts a `.filter()`
 * walked every row twice, one IndexedDB round trip per row (profiled in the panel-scale bench:
 * the walk outlived the screen and slowed the next account's opening).
 */
import type { AccountRow, MotiveDatabase } from './schema';

/** How many live accounts there are: one count on the `deleted` index, no rows read. */
export function liveAccountCount(db: MotiveDatabase): Promise<number> {
  return db.accounts.where('deleted').equals(0).count();
}

/** The live sample account, if any, through the sparse `sample` index (local-fields.ts). */
export async function liveSampleAccount(db: MotiveDatabase): Promise<AccountRow | undefined> {
  return (await db.accounts.where('sample').equals(1).toArray()).find((a) => a.deleted === 0);
}

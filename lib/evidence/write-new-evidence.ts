/**
 * Writes suggested evidence that is not stored yet, in one batch: one transaction for the rows
 * and their outbox entries (putSyncedMany), not one per row. Ids are deterministic
 * (evidence-id.ts), so a re-sent caption batch, a re-read thread or a restarted worker adds
 * nothing, and a row the rep already confirmed or rejected is never overwritten.
 */
import { evidenceSchema } from '@/lib/domain/records';
import type { MotiveDatabase } from '@/lib/db/schema';
import { putSyncedMany } from '@/lib/db/synced-write';
import type { NewEvidence } from './suggested-evidence';

/** Returns how many rows were new. Rows are validated first: one bad row writes nothing. */
export async function writeNewEvidence(
  db: MotiveDatabase,
  rows: readonly NewEvidence[],
  now: () => Date,
): Promise<number> {
  if (rows.length === 0) return 0;
  const unique = [...new Map(rows.map((row) => [row.id, row])).values()];
  const stored = await db.evidence.bulkGet(unique.map((row) => row.id));
  const at = now().toISOString();
  const fresh = unique
    .filter((_row, i) => stored[i] === undefined)
    .map((row) => evidenceSchema.parse({ ...row, createdAt: at, updatedAt: at }));
  await putSyncedMany(db, 'evidence', fresh, { clientTime: at });
  return fresh.length;
}

import { createHash } from 'node:crypto';
import type { ConflictRecord } from '../../lib/domain/records';
import type { PushedChange } from '../../lib/sync/protocol';

/**
 * The `conflicts` record kept for a rejected change. Its id is derived from the client and
 * mutation ids, so a re-sent change can never create a second one.
 */
export function conflictRecordFor(
  change: PushedChange,
  clientId: string,
  currentVersion: number | null,
  at: string,
): ConflictRecord {
  const id = `x_${createHash('sha256').update(`${clientId}\n${change.mutationId}`).digest('hex').slice(0, 32)}`;
  return {
    id,
    collection: change.collection,
    key: change.key,
    op: change.op,
    ...(change.value === undefined ? {} : { value: change.value }),
    baseVersion: change.baseVersion,
    currentVersion,
    clientId,
    mutationId: change.mutationId,
    clientTime: change.clientTime,
    createdAt: at,
    updatedAt: at,
  };
}

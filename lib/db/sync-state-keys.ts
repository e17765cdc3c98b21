/**
 * Keys of the engine's rows in the `syncState` table. Kept with the database (not the engine) so
 * backup and restore can read them without importing the sync engine's folder.
 */
export const STATE_KEYS = {
  clientId: 'clientId',
  cursor: 'cursor',
  lastSyncAt: 'lastSyncAt',
  lastError: 'lastError',
  /** Mutation ids of the batch last sent (their response may never have arrived). */
  inflight: 'inflight',
} as const;

/**
 * The engine's persistent state, in the `syncState` table so a killed service worker
 * resumes from it: client id, cursor, what was last sent, shadows of server values.
 */
import type { MotiveDatabase } from '../db/schema';
import type { SyncCollection } from '../domain/vocabulary';
import type { SideState } from './conflict-resolution';

import { STATE_KEYS } from '../db/sync-state-keys';

export { STATE_KEYS };

/**
 * The server's state of a record this device holds a pending edit of: pulled changes are not
 * applied over pending edits, but conflict resolution needs the server side.
 */
export interface Shadow {
  version: number;
  state: SideState;
}

export const shadowKey = (collection: SyncCollection, key: string) => `shadow:${collection}:${key}`;

export async function readState<T>(db: MotiveDatabase, key: string): Promise<T | undefined> {
  return (await db.syncState.get(key))?.value as T | undefined;
}

export async function writeState(db: MotiveDatabase, key: string, value: unknown): Promise<void> {
  await db.syncState.put({ key, value });
}

/** This profile's client id, created once (1–64 chars of [A-Za-z0-9_-]). */
export async function ensureClientId(db: MotiveDatabase, random: () => string): Promise<string> {
  return db.transaction('rw', db.syncState, async () => {
    const existing = await readState<string>(db, STATE_KEYS.clientId);
    if (existing) return existing;
    const id = `c_${random()}`.slice(0, 64);
    await writeState(db, STATE_KEYS.clientId, id);
    return id;
  });
}

/**
 * Changes the server refused one by one (400 naming that change, or 413 for a change sent
 * alone). A refused change stays in the outbox and in the local row — nothing the user wrote
 * is deleted — but is skipped, so the rest of the outbox keeps flowing. It is listed in the
 * sync status, tried again after RETRY_REFUSED_MS (the server may have been fixed), and
 * forgotten once a newer edit of the record replaces it.
 */
import type { MotiveDatabase, OutboxEntry } from '../db/schema';
import { cutText } from '../domain/text';
import type { SyncCollection } from '../domain/vocabulary';
import { readState, writeState } from './sync-state';

export const REFUSALS_KEY = 'refused';
export const RETRY_REFUSED_MS = 24 * 60 * 60 * 1000;

export interface Refusal {
  mutationId: string;
  collection: SyncCollection;
  key: string;
  status: number;
  reason: string;
  at: string;
}

export async function readRefusals(db: MotiveDatabase): Promise<Refusal[]> {
  return (await readState<Refusal[]>(db, REFUSALS_KEY)) ?? [];
}

/** Mutation ids still to skip at `now`. */
export function activeRefusals(refusals: Refusal[], now: Date): Set<string> {
  const since = now.getTime() - RETRY_REFUSED_MS;
  return new Set(refusals.filter((r) => Date.parse(r.at) > since).map((r) => r.mutationId));
}

/** Records that the server refused `entry`, replacing an older refusal of it. */
export async function recordRefusal(
  db: MotiveDatabase,
  entry: OutboxEntry,
  status: number,
  reason: string,
  now: Date,
): Promise<void> {
  await db.transaction('rw', db.syncState, db.outbox, async () => {
    const others = (await readRefusals(db)).filter((r) => r.mutationId !== entry.mutationId);
    const refusal: Refusal = {
      mutationId: entry.mutationId,
      collection: entry.collection,
      key: entry.key,
      status,
      reason: cutText(reason, 300, { ellipsis: true }),
      at: now.toISOString(),
    };
    await writeState(db, REFUSALS_KEY, await stillQueued(db, [...others, refusal]));
  });
}

/** Drops refusals whose change left the outbox (replaced by a newer edit, or accepted). */
export async function pruneRefusals(db: MotiveDatabase): Promise<Refusal[]> {
  return db.transaction('rw', db.syncState, db.outbox, async () => {
    const all = await readRefusals(db);
    const kept = await stillQueued(db, all);
    if (kept.length !== all.length) await writeState(db, REFUSALS_KEY, kept);
    return kept;
  });
}

async function stillQueued(db: MotiveDatabase, refusals: Refusal[]): Promise<Refusal[]> {
  const queued = await db.outbox
    .where('mutationId')
    .anyOf(refusals.map((r) => r.mutationId))
    .toArray();
  const ids = new Set(queued.map((e) => e.mutationId));
  return refusals.filter((r) => ids.has(r.mutationId));
}

/** One sentence for the sync status, naming the records (at most three). */
export function describeRefusals(refusals: Refusal[]): string {
  const named = refusals.slice(0, 3).map((r) => `${r.collection} ${r.key} (${r.status}: ${r.reason})`);
  const more = refusals.length > 3 ? ` and ${refusals.length - 3} more` : '';
  return `the server refused ${refusals.length} change(s), kept here and skipped: ${named.join('; ')}${more}`;
}

/**
 * Step 1 of applying a sync response: the push results. Reads and writes in bulk (one read of
 * the sent outbox entries, one delete, one query for later edits, one row update per
 * collection), because a 500-change push answered one IndexedDB request at a time spent most
 * of its time waiting on acknowledgements (issue 15's profile).
 * Runs inside applyResponse's transaction.
 */
import type { ConflictRow, MotiveDatabase, OutboxEntry } from '../db/schema';
import type { SyncCollection } from '../domain/vocabulary';
import { tableOf } from './local-rows';
import { toPushedChange, type SentEntry } from './outbox-batch';
import type { ChangeResult, PulledChange } from './protocol';
import { sameJson } from './same-json';
import { shadowKey, type Shadow } from './sync-state';

interface Applied {
  collection: SyncCollection;
  key: string;
  version: number;
}

export async function applyResults(
  db: MotiveDatabase,
  clientId: string,
  sent: readonly SentEntry[],
  results: readonly ChangeResult[],
  pulled: readonly PulledChange[],
): Promise<void> {
  results.forEach((result, i) => {
    if (result.mutationId !== sent[i]!.mutationId) throw new Error('sync response: results out of order');
  });
  const stillQueued = await db.outbox.bulkGet(sent.map((entry) => entry.seq));
  const isMyConflict = await myConflicts(db, clientId, results, pulled);
  const done: number[] = [];
  const shadows: { key: string; value: Shadow }[] = [];
  const applied: Applied[] = [];
  for (const [i, result] of results.entries()) {
    const entry = sent[i]!;
    // Already gone: a previous, interrupted application of this very response handled it.
    if (stillQueued[i] === undefined) continue;
    done.push(entry.seq);
    if (result.status === 'conflict') {
      // The server kept our change as a conflicts record; remember its side for resolution.
      shadows.push({ key: shadowKey(entry.collection, entry.key), value: conflictShadow(result) });
      continue;
    }
    if (result.status === 'duplicate') {
      if (isMyConflict(entry.mutationId)) continue;
      // A duplicate may stand for a change that was rejected (a server may answer so after a
      // lost response, and its conflicts record may be pages away). Taken as applied, later
      // edits would be rebased onto a teammate's version and overwrite it. Unless the pulled
      // record shows this very change at that version, later edits keep their base: if stale,
      // they conflict and are merged, never overwrite (issue 13, finding 4).
      if (!appliedAsSent(entry, result.version, pulled)) continue;
    }
    applied.push({ collection: entry.collection, key: entry.key, version: result.version });
  }
  await db.outbox.bulkDelete(done);
  if (shadows.length > 0) await db.syncState.bulkPut(shadows);
  await rebaseLaterEdits(db, applied);
  await markServerVersions(db, applied);
}

function conflictShadow(result: Extract<ChangeResult, { status: 'conflict' }>): Shadow {
  const current = result.current;
  return {
    version: result.version,
    state:
      current === null
        ? { op: 'absent' }
        : current.op === 'put'
          ? { op: 'put', value: current.value ?? {} }
          : { op: 'delete' },
  };
}

/** Applied (now or earlier): later edits of each record start from its new version. */
async function rebaseLaterEdits(db: MotiveDatabase, applied: readonly Applied[]): Promise<void> {
  if (applied.length === 0) return;
  const version = new Map(applied.map((a) => [`${a.collection}\u0000${a.key}`, a.version]));
  const later: OutboxEntry[] = await db.outbox
    .where('[collection+key]')
    .anyOf(applied.map((a) => [a.collection, a.key]))
    .toArray();
  if (later.length === 0) return;
  await db.outbox.bulkUpdate(
    later.map((next) => ({
      key: next.seq!,
      changes: { baseVersion: version.get(`${next.collection}\u0000${next.key}`)! },
    })),
  );
}

async function markServerVersions(db: MotiveDatabase, applied: readonly Applied[]): Promise<void> {
  const byCollection = new Map<SyncCollection, Applied[]>();
  for (const a of applied) byCollection.set(a.collection, [...(byCollection.get(a.collection) ?? []), a]);
  for (const [collection, items] of byCollection) {
    const table = tableOf(db, collection);
    const rows = await table.bulkGet(items.map((a) => a.key));
    const changes = items
      .filter((_, i) => rows[i] !== undefined)
      .map((a) => ({ key: a.key, changes: { serverVersion: a.version } }));
    if (changes.length > 0) await table.bulkUpdate(changes);
  }
}

/**
 * Whether a duplicate stands for a change of ours that had conflicted: its conflicts record
 * names its mutation id. The local conflicts are read once per response, not per duplicate.
 */
async function myConflicts(
  db: MotiveDatabase,
  clientId: string,
  results: readonly ChangeResult[],
  pulled: readonly PulledChange[],
): Promise<(mutationId: string) => boolean> {
  if (!results.some((r) => r.status === 'duplicate')) return () => false;
  const mineId = (v: unknown): string | undefined => {
    const c = v as Partial<ConflictRow> | undefined;
    return c?.clientId === clientId && typeof c.mutationId === 'string' ? c.mutationId : undefined;
  };
  const ids = new Set<string>();
  for (const p of pulled) {
    const id = p.collection === 'conflicts' ? mineId(p.value) : undefined;
    if (id !== undefined) ids.add(id);
  }
  for (const c of await db.conflicts.filter((c) => mineId(c) !== undefined).toArray()) ids.add(c.mutationId);
  return (mutationId) => ids.has(mutationId);
}

/** Whether this response pulled the record at `version` holding exactly what `entry` sent. */
function appliedAsSent(entry: SentEntry, version: number, pulled: readonly PulledChange[]): boolean {
  const sent = toPushedChange(entry);
  return pulled.some(
    (p) =>
      p.collection === entry.collection &&
      p.key === sent.key &&
      p.version === version &&
      p.op === entry.op &&
      (p.op === 'delete' || sameJson(p.value, sent.value)),
  );
}

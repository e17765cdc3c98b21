/**
 * Chooses what to push next. Only the oldest pending entry per record is sent (later ones
 * are rebased on its version once it is acknowledged). Entries never sent are coalesced:
 * each holds the whole record, so only the newest of them matters.
 */
import type { MotiveDatabase, OutboxEntry } from '../db/schema';
import type { PushedChange } from './protocol';
import { MAX_CHANGES, MAX_VALUE_BYTES, VALUE_SCHEMAS } from './protocol';
import { STATE_KEYS, readState, writeState } from './sync-state';

export type SentEntry = Required<Pick<OutboxEntry, 'seq'>> & OutboxEntry;

export type Batch = SentEntry[] & { blocked: SentEntry[] };

export async function prepareBatch(db: MotiveDatabase, limit = MAX_CHANGES): Promise<Batch> {
  return db.transaction('rw', db.outbox, db.syncState, async () => {
    const inflight = new Set((await readState<string[]>(db, STATE_KEYS.inflight)) ?? []);
    const byKey = new Map<string, SentEntry[]>();
    // A prefix of the log is enough: the first entry of a key in it is that key's head.
    const window = (await db.outbox
      .orderBy('seq')
      .limit(limit * 4)
      .toArray()) as SentEntry[];
    for (const entry of window) {
      const id = `${entry.collection}\u0000${entry.key}`;
      byKey.set(id, [...(byKey.get(id) ?? []), entry]);
    }
    const batch: SentEntry[] = [];
    const blocked: SentEntry[] = [];
    const superseded: number[] = [];
    for (const entries of byKey.values()) {
      const head = entries[0]!;
      const last = entries.at(-1)!;
      // A head that may have reached the server must be re-sent as is (same mutationId).
      const keep = inflight.has(head.mutationId) ? [head, last] : [last];
      for (const entry of entries) if (!keep.includes(entry)) superseded.push(entry.seq);
      if (!inflight.has(head.mutationId) && entries.length > 1) {
        // The newest entry carries the record; it starts from the head's base.
        await db.outbox.update(last.seq, { baseVersion: head.baseVersion });
        last.baseVersion = head.baseVersion;
      }
      const next = keep[0]!;
      // The server refuses a whole request over one invalid value: such an entry stays
      // queued (nothing is dropped) but is not sent; the engine reports it.
      if (sendable(next)) batch.push(next);
      else blocked.push(next);
    }
    await db.outbox.bulkDelete(superseded);
    batch.sort((a, b) => a.seq - b.seq);
    const sent = batch.slice(0, limit);
    // Still-pending entries sent earlier stay marked, even if this batch left them out.
    const stillPending = await db.outbox
      .where('mutationId')
      .anyOf([...inflight])
      .toArray();
    const marked = new Set([...sent.map((e) => e.mutationId), ...stillPending.map((e) => e.mutationId)]);
    await writeState(db, STATE_KEYS.inflight, [...marked]);
    return Object.assign(sent, { blocked });
  });
}

/** Whether the server can accept this entry (same checks as its validation). */
export function sendable(entry: OutboxEntry): boolean {
  if (entry.op === 'delete') return true;
  if (entry.value === undefined || entry.value.id !== entry.key) return false;
  if (new TextEncoder().encode(JSON.stringify(entry.value)).length > MAX_VALUE_BYTES) return false;
  return VALUE_SCHEMAS[entry.collection].safeParse(entry.value).success;
}

export function toPushedChange(entry: OutboxEntry): PushedChange {
  return {
    mutationId: entry.mutationId,
    collection: entry.collection,
    key: entry.key,
    op: entry.op,
    ...(entry.op === 'put' && entry.value !== undefined ? { value: entry.value } : {}),
    baseVersion: entry.baseVersion,
    clientTime: entry.clientTime,
  };
}

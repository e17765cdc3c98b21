/**
 * Chooses what to push next. Only the oldest pending entry per record is sent (later ones
 * are rebased on its version once it is acknowledged). Entries never sent are coalesced:
 * each holds the whole record, so only the newest of them matters. A batch is capped by
 * count AND by bytes, so even 500 large notes fit the server's body limit. Entries this
 * device cannot send (invalid) or the server refused (refusals.ts) stay queued, are
 * reported, and never hold the others back.
 */
import type { MotiveDatabase, OutboxEntry } from '../db/schema';
import type { PushedChange } from './protocol';
import { MAX_BODY_BYTES, MAX_CHANGES, MAX_VALUE_BYTES, VALUE_SCHEMAS } from './protocol';
import { recordId } from './queued-edits';
import { activeRefusals, readRefusals } from './refusals';
import { STATE_KEYS, readState, writeState } from './sync-state';
import { repairForWire, unsendableReason } from './wire-repair';

export type SentEntry = Required<Pick<OutboxEntry, 'seq'>> & OutboxEntry;

export type Batch = SentEntry[] & { blocked: SentEntry[]; refused: SentEntry[] };

export interface BatchLimits {
  /** Changes per request. */
  count: number;
  /** Bytes of the changes' JSON per request (the envelope adds a few hundred). */
  bytes: number;
}

/** The server's limits, with 64 KiB of room for the envelope. */
export const DEFAULT_BATCH_LIMITS: BatchLimits = { count: MAX_CHANGES, bytes: MAX_BODY_BYTES - 64 * 1024 };

/**
 * The next batch. Records in `held` are left out entirely (neither sent nor coalesced): their
 * previous change is acknowledged by a response not yet applied, which rebases their later
 * edits onto its version.
 */
export async function prepareBatch(
  db: MotiveDatabase,
  limits: BatchLimits = DEFAULT_BATCH_LIMITS,
  now = new Date(),
  held: ReadonlySet<string> = new Set(),
): Promise<Batch> {
  return db.transaction('rw', db.outbox, db.syncState, async () => {
    const inflight = new Set((await readState<string[]>(db, STATE_KEYS.inflight)) ?? []);
    const refusals = activeRefusals(await readRefusals(db), now);
    const byKey = new Map<string, SentEntry[]>();
    // A prefix of the log is enough: the first entry of a key in it is that key's head.
    const window = (await db.outbox
      .orderBy('seq')
      .limit(limits.count * 4)
      .toArray()) as SentEntry[];
    for (const entry of window) {
      const id = recordId(entry.collection, entry.key);
      if (held.has(id)) continue;
      byKey.set(id, [...(byKey.get(id) ?? []), entry]);
    }
    const candidates: SentEntry[] = [];
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
      candidates.push(keep[0]!);
    }
    await db.outbox.bulkDelete(superseded);
    candidates.sort((a, b) => a.seq - b.seq);
    const batch: SentEntry[] = [];
    const blocked: SentEntry[] = [];
    const refused: SentEntry[] = [];
    for (const next of candidates) {
      if (refusals.has(next.mutationId)) refused.push(next);
      // Validating is the costly part: once the batch is full the rest wait for a later round
      // (the last round, with a short outbox, still sees and reports every blocked entry).
      else if (batch.length === limits.count) break;
      else if (sendable(next)) batch.push(next);
      else blocked.push(next);
    }
    const sent = withinBytes(batch, limits.bytes);
    // Still-pending entries sent earlier stay marked, even if this batch left them out.
    const stillPending = await db.outbox
      .where('mutationId')
      .anyOf([...inflight])
      .toArray();
    const marked = new Set([...sent.map((e) => e.mutationId), ...stillPending.map((e) => e.mutationId)]);
    await writeState(db, STATE_KEYS.inflight, [...marked]);
    return Object.assign(sent, { blocked, refused });
  });
}

/** The longest prefix whose changes fit in `bytes` (at least one change: its own size is checked). */
function withinBytes(entries: SentEntry[], bytes: number): SentEntry[] {
  const encoder = new TextEncoder();
  let total = 0;
  for (const [i, entry] of entries.entries()) {
    total += encoder.encode(JSON.stringify(toPushedChange(entry))).length + 1;
    if (total > bytes && i > 0) return entries.slice(0, i);
  }
  return entries;
}

/** Whether the server can accept this entry (same checks as its validation). */
export function sendable(entry: OutboxEntry): boolean {
  if (entry.op === 'delete') return true;
  if (entry.value === undefined || entry.value.id !== entry.key) return false;
  const value = repairForWire(entry.value);
  if (unsendableReason(value) !== null) return false;
  if (new TextEncoder().encode(JSON.stringify(value)).length > MAX_VALUE_BYTES) return false;
  return VALUE_SCHEMAS[entry.collection].safeParse(value).success;
}

export function toPushedChange(entry: OutboxEntry): PushedChange {
  return {
    mutationId: entry.mutationId,
    collection: entry.collection,
    key: repairForWire(entry.key),
    op: entry.op,
    ...(entry.op === 'put' && entry.value !== undefined ? { value: repairForWire(entry.value) } : {}),
    baseVersion: entry.baseVersion,
    clientTime: entry.clientTime,
  };
}

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
import { withAcknowledgedBases } from './server-versions';
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
 * The next batch. `held` is the batch of the request in flight: its records are left out
 * entirely (neither sent nor coalesced), since its response, not yet applied, rebases their later
 * edits onto the version it acknowledges. Its entries are not read again: the outbox is read
 * after the highest of them, and before it only for entries that are not its own (rare: an
 * entry kept back as blocked or refused).
 */
export async function prepareBatch(
  db: MotiveDatabase,
  limits: BatchLimits = DEFAULT_BATCH_LIMITS,
  now = new Date(),
  held: readonly SentEntry[] = [],
): Promise<Batch> {
  const heldIds = new Set(held.map((entry) => recordId(entry.collection, entry.key)));
  const heldSeqs = new Set(held.map((entry) => entry.seq));
  const top = Math.max(0, ...heldSeqs);
  return db.transaction('rw', db.outbox, db.syncState, db.acknowledgements, async () => {
    // A prefix of the log after the batch in flight is enough: the first entry of a key in it
    // is that key's head. It starts one batch long (read with values: that is most of a
    // round's reading) and grows only while it cannot fill the batch.
    const cap = limits.count * 4;
    let size = limits.count;
    const readAfter = async (n: number) =>
      (await db.outbox.where('seq').above(top).limit(n).toArray()) as SentEntry[];
    // Read at once: each awaited request is a round trip to the storage backend.
    const [inflightIds, refusalList, upToTop, firstAfter] = await Promise.all([
      readState<string[]>(db, STATE_KEYS.inflight),
      readRefusals(db),
      top === 0 ? [] : (db.outbox.where('seq').belowOrEqual(top).primaryKeys() as Promise<number[]>),
      readAfter(size),
    ]);
    const notHeld = upToTop.filter((seq) => !heldSeqs.has(seq));
    const before =
      notHeld.length === 0
        ? []
        : (
            (await db.outbox.where('seq').between(notHeld[0]!, top, true, true).toArray()) as SentEntry[]
          ).filter((entry) => !heldSeqs.has(entry.seq));
    const queued = new Set(upToTop);
    const heldQueued = held.filter((entry) => queued.has(entry.seq));
    const inflight = new Set(inflightIds ?? []);
    const refusals = activeRefusals(refusalList, now);
    let after = firstAfter;
    let window = [...before, ...after];
    let plan = planBatch(window, { held: heldIds, inflight, refusals, count: limits.count });
    while (plan.batch.length < limits.count && after.length === size && size < cap) {
      size = Math.min(cap, size * 2);
      after = await readAfter(size);
      window = [...before, ...after];
      plan = planBatch(window, { held: heldIds, inflight, refusals, count: limits.count });
    }
    await Promise.all([
      ...plan.rebased.map((entry) => db.outbox.update(entry.seq, { baseVersion: entry.baseVersion })),
      plan.superseded.length > 0 ? db.outbox.bulkDelete(plan.superseded) : undefined,
    ]);
    // Based on the record's acknowledged version where that is newer than the row's own field.
    const sent = withinBytes(await withAcknowledgedBases(db, plan.batch), limits.bytes);
    // Still-pending entries sent earlier stay marked, even if this batch left them out. Most
    // are in the window or the batch in flight; only the others are looked up.
    const gone = new Set(plan.superseded);
    const inWindow = [...heldQueued, ...window]
      .filter((e) => inflight.has(e.mutationId) && !gone.has(e.seq))
      .map((e) => e.mutationId);
    const seen = new Set([...heldQueued, ...window].map((e) => e.mutationId));
    const elsewhere = [...inflight].filter((id) => !seen.has(id));
    const stillPending =
      elsewhere.length === 0 ? [] : await db.outbox.where('mutationId').anyOf(elsewhere).toArray();
    const marked = new Set([
      ...sent.map((e) => e.mutationId),
      ...inWindow,
      ...stillPending.map((e) => e.mutationId),
    ]);
    // Unchanged (every round of a pull, where nothing is queued): not written again.
    if (marked.size !== inflight.size || [...marked].some((id) => !inflight.has(id)))
      await writeState(db, STATE_KEYS.inflight, [...marked]);
    return Object.assign(sent, { blocked: plan.blocked, refused: plan.refused });
  });
}

interface Plan {
  batch: SentEntry[];
  blocked: SentEntry[];
  refused: SentEntry[];
  /** Entries never sent, replaced by a newer entry of the same record. */
  superseded: number[];
  /** Newest entries that now carry their record from the head's base version. */
  rebased: SentEntry[];
}

/** Chooses from a prefix of the outbox, without writing (the caller writes the plan). */
function planBatch(
  window: readonly SentEntry[],
  rules: {
    held: ReadonlySet<string>;
    inflight: ReadonlySet<string>;
    refusals: ReadonlySet<string>;
    count: number;
  },
): Plan {
  const { held, inflight, refusals, count } = rules;
  const byKey = new Map<string, SentEntry[]>();
  for (const entry of window) {
    const id = recordId(entry.collection, entry.key);
    if (held.has(id)) continue;
    const entries = byKey.get(id);
    if (entries === undefined) byKey.set(id, [entry]);
    else entries.push(entry);
  }
  const candidates: SentEntry[] = [];
  const superseded: number[] = [];
  const rebased: SentEntry[] = [];
  for (const entries of byKey.values()) {
    const head = entries[0]!;
    const last = entries.at(-1)!;
    // A head that may have reached the server must be re-sent as is (same mutationId).
    const keep = inflight.has(head.mutationId) ? [head, last] : [last];
    for (const entry of entries) if (!keep.includes(entry)) superseded.push(entry.seq);
    if (!inflight.has(head.mutationId) && entries.length > 1) {
      // The newest entry carries the record; it starts from the head's base.
      last.baseVersion = head.baseVersion;
      rebased.push(last);
    }
    candidates.push(keep[0]!);
  }
  candidates.sort((a, b) => a.seq - b.seq);
  const batch: SentEntry[] = [];
  const blocked: SentEntry[] = [];
  const refused: SentEntry[] = [];
  for (const next of candidates) {
    if (refusals.has(next.mutationId)) refused.push(next);
    // Validating is the costly part: once the batch is full the rest wait for a later round
    // (the last round, with a short outbox, still sees and reports every blocked entry).
    else if (batch.length === count) break;
    else if (sendable(next)) batch.push(next);
    else blocked.push(next);
  }
  return { batch, blocked, refused, superseded, rebased };
}

/** The longest prefix whose changes fit in `bytes` (at least one change: its own size is checked). */
function withinBytes(entries: SentEntry[], bytes: number): SentEntry[] {
  // Encoding every change to count its bytes cost the worker 22–35 ms of a 10,000-change push
  // (issue 15's profile). A batch whose JSON fits even at the most bytes a character can take
  // fits as it is; only a batch that may not is counted exactly.
  let most = 0;
  for (const entry of entries) most += mostUtf8Bytes(wireOf(entry).json) + 1;
  if (most <= bytes) return entries;
  let total = 0;
  for (const [i, entry] of entries.entries()) {
    total += utf8Length(wireOf(entry).json) + 1;
    if (total > bytes && i > 0) return entries.slice(0, i);
  }
  return entries;
}

/** Whether the server can accept this entry (same checks as its validation). */
export function sendable(entry: OutboxEntry): boolean {
  if (entry.op === 'delete') return true;
  if (entry.value === undefined || entry.value.id !== entry.key) return false;
  const { change, json } = wireOf(entry);
  const value = change.value!;
  if (unsendableReason(value) !== null) return false;
  // The value's JSON is part of the change's: only a change that may be that large is measured.
  if (mostUtf8Bytes(json) > MAX_VALUE_BYTES && utf8Length(JSON.stringify(value)) > MAX_VALUE_BYTES)
    return false;
  return VALUE_SCHEMAS[entry.collection].safeParse(value).success;
}

export function toPushedChange(entry: OutboxEntry): PushedChange {
  return wireOf(entry).change;
}

/**
 * An entry as it goes on the wire, and its JSON, computed once per entry read (validating,
 * measuring and sending a 500-change batch repaired and serialised each value three times).
 * Entries are read afresh for every batch, so nothing here outlives a change to them.
 */
const wire = new WeakMap<OutboxEntry, { change: PushedChange; json: string }>();

function wireOf(entry: OutboxEntry): { change: PushedChange; json: string } {
  let known = wire.get(entry);
  if (known === undefined || known.change.baseVersion !== entry.baseVersion) {
    const change: PushedChange = {
      mutationId: entry.mutationId,
      collection: entry.collection,
      key: repairForWire(entry.key),
      op: entry.op,
      ...(entry.op === 'put' && entry.value !== undefined ? { value: repairForWire(entry.value) } : {}),
      baseVersion: entry.baseVersion,
      clientTime: entry.clientTime,
    };
    known = { change, json: JSON.stringify(change) };
    wire.set(entry, known);
  }
  return known;
}

const encoder = new TextEncoder();
const utf8Length = (text: string) => encoder.encode(text).length;
/**
 * The most UTF-8 bytes a string can take: 3 per UTF-16 unit (a surrogate pair takes 4 for two
 * units, and a lone surrogate is repaired to U+FFFD, 3 bytes, before it is sent).
 */
const mostUtf8Bytes = (text: string) => text.length * 3;

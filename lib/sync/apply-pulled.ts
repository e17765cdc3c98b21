/**
 * Step 2 of applying a sync response: the rows, decided in memory from the rows, queued
 * entries and shadows applyResponse read at once. Each touched row is written once:
 * acknowledged records get their server version, records no longer pending catch up with a
 * shadow pulled meanwhile, then the pulled changes are written over them, with the same
 * outcome as writing them one by one in order (a record pulled twice in a page ends at its
 * last state). A pulled change never clobbers a pending local edit: it becomes its shadow.
 */
import Dexie from 'dexie';
import type { MotiveDatabase, OutboxEntry } from '../db/schema';
import type { SyncCollection } from '../domain/vocabulary';
import { serverStateRow, tableOf, type Row } from './local-rows';
import { presentKeys } from './present-keys';
import type { PulledChange } from './protocol';
import { queuedEditsOf, recordId, type Acknowledged } from './queued-edits';
import { acknowledgedVersions, newestVersion, recordAcknowledgements } from './server-versions';
import { shadowKey, type Shadow } from './sync-state';

export interface RowsInput {
  changes: readonly PulledChange[];
  /** Records of this device the server now holds at a version (their rows are marked). */
  acknowledged: readonly Acknowledged[];
  /** Records whose change left the outbox without a conflict. */
  caughtUp: readonly { collection: SyncCollection; key: string }[];
  /** Outbox entries still queued after this response, by record id. */
  queued: ReadonlyMap<string, readonly OutboxEntry[]>;
  /** Shadows held before this response, by shadow key. */
  shadows: ReadonlyMap<string, Shadow>;
  /** Current rows of the touched records, by record id. */
  rows: ReadonlyMap<string, Row>;
  /**
   * Records whose pulled change is this device's own, back exactly as the row holds it, at
   * this version: only the version is recorded (server-versions.ts), the row is not rewritten.
   */
  backAsSent?: ReadonlyMap<string, number>;
}

export interface RowsOutcome {
  written: Map<SyncCollection, Row[]>;
  /** Server states of records with pending edits. */
  shadows: { key: string; value: Shadow }[];
  /** Shadow keys whose record now holds its server state. */
  settled: Set<string>;
  /** Acknowledged versions of rows left as they are (their record came back as sent). */
  versions: { id: string; version: number }[];
}

export function decideRows(input: RowsInput): RowsOutcome {
  const { changes, acknowledged } = input;
  const pending = (collection: string, key: string) =>
    (input.queued.get(recordId(collection, key))?.length ?? 0) > 0;
  const rows = new Map(input.rows);
  const written = new Map<string, { collection: SyncCollection; row: Row }>();
  const write = (collection: SyncCollection, id: string, row: Row) => {
    rows.set(id, row);
    written.set(id, { collection, row });
  };
  for (const a of acknowledged) {
    const id = recordId(a.collection, a.key);
    const row = rows.get(id);
    if (row !== undefined) write(a.collection, id, { ...row, serverVersion: a.version });
  }
  const settled = new Set<string>();
  for (const { collection, key } of input.caughtUp) {
    const shadow = input.shadows.get(shadowKey(collection, key));
    if (shadow === undefined || pending(collection, key)) continue;
    // Pulled while this record's change was pending: the row takes it if it is newer (a
    // teammate's later state, or this very change at its version), and the shadow goes.
    const id = recordId(collection, key);
    const row = rows.get(id);
    settled.add(shadowKey(collection, key));
    if ((row?.serverVersion ?? -1) >= shadow.version) continue;
    const next = serverStateRow(collection, key, shadow.state, shadow.version, row);
    if (next !== undefined) write(collection, id, next);
  }
  const shadows: { key: string; value: Shadow }[] = [];
  const versions: { id: string; version: number }[] = [];
  for (const change of changes) {
    const id = recordId(change.collection, change.key);
    const state =
      change.op === 'put' ? { op: 'put' as const, value: change.value ?? {} } : { op: 'delete' as const };
    if (pending(change.collection, change.key)) {
      // Never clobber a pending local edit: it is pushed and, if stale, resolved.
      shadows.push({
        key: shadowKey(change.collection, change.key),
        value: { version: change.version, state },
      });
      continue;
    }
    if (input.backAsSent?.get(id) === change.version && !written.has(id)) {
      versions.push({ id, version: change.version });
      continue;
    }
    const row = rows.get(id);
    if ((row?.serverVersion ?? -1) > change.version) continue; // already newer here
    const next =
      change.op === 'put'
        ? pulledPutRow(change)
        : serverStateRow(change.collection, change.key, state, change.version, row);
    if (next === undefined) continue; // a delete of a record never seen here leaves nothing to mark
    write(change.collection, id, next);
    settled.add(shadowKey(change.collection, change.key));
  }
  const byCollection = new Map<SyncCollection, Row[]>();
  for (const { collection, row } of written.values()) {
    // Appended in place: copying the list for each row was quadratic (3 of 7 ms for a page of
    // 1,000 pulled notes, every page of a pull spent with the storage backend idle).
    const rows = byCollection.get(collection);
    if (rows === undefined) byCollection.set(collection, [row]);
    else rows.push(row);
  }
  return { written: byCollection, shadows, settled, versions };
}

const putRows = new WeakMap<PulledChange, Row>();

/**
 * The local row a pulled put becomes (its search words and all), computed once per change:
 * the engine asks for them as a response arrives, while the previous response's writes are
 * under way, so the apply spends that much less time before its own writes with the storage
 * backend idle (issue 15's trace: 3.5 of 4 ms of deciding a page of 1,000 notes). A put's row
 * does not depend on the row it replaces; nothing changes a pulled change once parsed.
 */
export function pulledPutRow(change: PulledChange): Row {
  let row = putRows.get(change);
  if (row === undefined) {
    const state = { op: 'put' as const, value: change.value ?? {} };
    row = serverStateRow(change.collection, change.key, state, change.version, undefined)!;
    putRows.set(change, row);
  }
  return row;
}

/**
 * The helpers below run inside callers' transactions, so they are Dexie promise chains, not
 * async functions: Dexie follows a transaction through native awaits only so far (two levels
 * of async functions under a scope that is not itself async fall outside it, and the
 * transaction commits early: tests/integration/transaction-scope).
 */

/**
 * The current rows of `records`, by record id, each at its newest server version (its own or
 * the acknowledged one, server-versions.ts): one bulk read per collection, all at once.
 */
export function currentRows(
  db: MotiveDatabase,
  records: readonly { collection: SyncCollection; key: string }[],
): Promise<Map<string, Row>> {
  return Dexie.Promise.all([
    rowsOf(db, records),
    acknowledgedVersions(
      db,
      records.map((r) => recordId(r.collection, r.key)),
    ),
  ]).then(([rows, acknowledged]) => {
    for (const [id, version] of acknowledged) {
      const row = rows.get(id);
      if (row !== undefined)
        rows.set(id, { ...row, serverVersion: newestVersion(row.serverVersion, version) });
    }
    return rows;
  });
}

function rowsOf(
  db: MotiveDatabase,
  records: readonly { collection: SyncCollection; key: string }[],
): Promise<Map<string, Row>> {
  const keysBy = new Map<SyncCollection, Set<string>>();
  for (const r of records) keysBy.set(r.collection, (keysBy.get(r.collection) ?? new Set()).add(r.key));
  const rows = new Map<string, Row>();
  return Dexie.Promise.all(
    [...keysBy].map(([collection, keySet]) => {
      const table = tableOf(db, collection);
      return presentKeys(table, [...keySet]).then((keys) =>
        keys.length === 0
          ? undefined
          : table.bulkGet(keys).then((found) =>
              found.forEach((row, i) => {
                if (row !== undefined) rows.set(recordId(collection, keys[i]!), row);
              }),
            ),
      );
    }),
  ).then(() => rows);
}

/** The shadows held now, by shadow key (a key-only query, then a read of those wanted). */
export function heldShadows(
  db: MotiveDatabase,
  wanted: (key: string) => boolean = () => true,
): Promise<{ keys: Set<string>; shadows: Map<string, Shadow> }> {
  return db.syncState
    .where('key')
    .startsWith('shadow:')
    .primaryKeys()
    .then((found) => {
      const keys = new Set(found);
      const read = [...keys].filter(wanted);
      return (read.length === 0 ? Dexie.Promise.resolve([]) : db.syncState.bulkGet(read)).then((rows) => {
        const shadows = new Map(
          rows.flatMap((row) => (row === undefined ? [] : [[row.key, row.value as Shadow] as const])),
        );
        return { keys, shadows };
      });
    });
}

/**
 * Writes a rows decision: rows, then shadows (new ones kept, settled ones deleted among
 * those that exist: `held` holds the shadow keys from before, `extra` any written since).
 */
export function writeRows(
  db: MotiveDatabase,
  outcome: RowsOutcome,
  held: ReadonlySet<string>,
  extra: readonly { key: string; value: Shadow }[] = [],
): Promise<void> {
  const puts = [...extra, ...outcome.shadows].filter((s) => !outcome.settled.has(s.key));
  const exists = new Set([...held, ...extra.map((s) => s.key)]);
  const deletes = [...outcome.settled].filter((key) => exists.has(key));
  return Dexie.Promise.all<unknown>([
    ...[...outcome.written].map(([collection, rows]) => tableOf(db, collection).bulkPut(rows)),
    puts.length > 0 ? db.syncState.bulkPut(puts) : undefined,
    deletes.length > 0 ? db.syncState.bulkDelete(deletes) : undefined,
    recordAcknowledgements(db, outcome.versions),
  ]).then(() => undefined);
}

/** Applies pulled changes alone (no push results), inside the caller's transaction. */
export function applyPulledChanges(db: MotiveDatabase, changes: readonly PulledChange[]): Promise<void> {
  if (changes.length === 0) return Dexie.Promise.resolve();
  return Dexie.Promise.all([
    queuedEditsOf(db, changes),
    currentRows(db, changes),
    heldShadows(db, () => false),
  ]).then(([queued, rows, held]) => {
    const outcome = decideRows({ changes, acknowledged: [], caughtUp: [], queued, shadows: new Map(), rows });
    return writeRows(db, outcome, held.keys);
  });
}

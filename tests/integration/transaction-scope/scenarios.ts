/**
 * Does the sync path stay inside its one IndexedDB transaction? Its helpers are `async`
 * functions awaited inside Dexie transactions. Dexie follows a transaction across a native
 * `await` only for a while (its "zone echoes"): an async transaction scope keeps them going
 * while it runs; a plain scope does not, and two levels of async helpers below it fall outside
 * (a request then runs in a transaction of its own and the real one commits early:
 * PrematureCommitError, as acknowledgedVersions did before it became a Dexie promise chain).
 * Fake-indexeddb and Chromium schedule IndexedDB differently, so the same scenarios run in both:
 * here over fake-indexeddb (transaction-scope.test.ts) and in a Chromium page
 * (tests/e2e/transaction-scope.e2e.ts). Hand-written for Motive.
 *
 * Every IndexedDB request is recorded with the transaction it ran in (a Dexie middleware); a
 * scenario passes when all the requests of the work under test share one transaction, it
 * threw nothing, and work started from outside meanwhile ran in transactions of its own.
 */
import Dexie, { type DBCore } from 'dexie';
import { MotiveDatabase } from '../../../lib/db/schema';
import { putSynced, putSyncedMany } from '../../../lib/db/synced-write';
import { applyPulledChanges, currentRows, heldShadows } from '../../../lib/sync/apply-pulled';
import { applyResponse } from '../../../lib/sync/apply-response';
import { prepareBatch, type SentEntry } from '../../../lib/sync/outbox-batch';
import type { SyncResponse } from '../../../lib/sync/protocol';
import { queuedEditsOf } from '../../../lib/sync/queued-edits';
import { shadowKey, writeState } from '../../../lib/sync/sync-state';
import { note as noteValue } from '../../sync/support/values';

export interface ScenarioResult {
  name: string;
  /** Distinct transactions the work under test made requests in (1 expected). */
  transactions: number;
  /** Work started from outside that ran inside the transaction under test (0 expected). */
  captured: number;
  error: string | null;
}

const T = '2026-11-22T10:00:00.000Z';
/** Note i, with ids that sort by creation as real ones do. */
const note = (i: number) => noteValue(`n_${String(i).padStart(6, '0')}`, `note ${i}`);

/** A database whose requests are recorded with their transaction while `recording` is set. */
async function recordedDatabase() {
  const db = new MotiveDatabase(`transaction-scope-${Math.random().toString(36).slice(2)}`);
  const log = { recording: false, transactions: [] as unknown[] };
  db.use({
    stack: 'dbcore',
    name: 'transaction-log',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name) {
        const table = down.table(name);
        const seen = (req: { trans: unknown }) => {
          if (log.recording) log.transactions.push(req.trans);
        };
        return {
          ...table,
          get: (req) => (seen(req), table.get(req)),
          getMany: (req) => (seen(req), table.getMany(req)),
          query: (req) => (seen(req), table.query(req)),
          openCursor: (req) => (seen(req), table.openCursor(req)),
          count: (req) => (seen(req), table.count(req)),
          mutate: (req) => (seen(req), table.mutate(req)),
        };
      },
    }),
  });
  await db.open();
  return { db, log };
}

/**
 * A pushed batch of `n` notes answered as applied and pulled back (one in three changed by the
 * server), `n` notes of a teammate, later edits of five sent notes, shadows of five others,
 * one change answered as a conflict, and `extra` unrelated entries left in the outbox.
 */
async function answeredBatch(db: MotiveDatabase, n: number, extra: number) {
  await putSyncedMany(
    db,
    'notes',
    Array.from({ length: n }, (_, i) => note(i)),
    { clientTime: T },
  );
  const sent = (await db.outbox.orderBy('seq').toArray()) as SentEntry[];
  for (let i = 0; i < 5; i++) await putSynced(db, 'notes', { ...note(i), text: 'later' }, { clientTime: T });
  for (let i = 5; i < 10; i++)
    await writeState(db, shadowKey('notes', note(i).id), { version: 1, state: { op: 'delete' } });
  await putSyncedMany(
    db,
    'notes',
    Array.from({ length: extra }, (_, i) => note(100_000 + i)),
    { clientTime: T },
  );
  const conflicted = sent.at(-1)!;
  const response: SyncResponse = {
    results: sent.map((e, i) =>
      e === conflicted
        ? { mutationId: e.mutationId, status: 'conflict', version: 2 * n + 1, current: null }
        : { mutationId: e.mutationId, status: 'applied', version: i + 1 },
    ),
    changes: [
      ...sent.slice(0, -1).map((e, i) => ({
        collection: 'notes' as const,
        key: e.key,
        version: i + 1,
        op: 'put' as const,
        value: i % 3 === 0 ? { ...e.value!, text: 'as the server keeps it' } : e.value!,
        updatedAt: T,
        updatedBy: 'rep',
      })),
      ...Array.from({ length: n }, (_, i) => ({
        collection: 'notes' as const,
        key: note(200_000 + i).id,
        version: n + i + 1,
        op: 'put' as const,
        value: note(200_000 + i),
        updatedAt: T,
        updatedBy: 'teammate',
      })),
      {
        collection: 'notes' as const,
        key: conflicted.key,
        version: 2 * n + 1,
        op: 'put' as const,
        value: { ...conflicted.value!, text: 'the teammate’s version' },
        updatedAt: T,
        updatedBy: 'teammate',
      },
      {
        collection: 'conflicts' as const,
        key: 'x_1',
        version: 2 * n + 2,
        op: 'put' as const,
        value: {
          id: 'x_1',
          collection: 'notes',
          key: conflicted.key,
          op: 'put',
          value: conflicted.value!,
          baseVersion: null,
          currentVersion: 2 * n + 1,
          clientId: 'c_1',
          mutationId: conflicted.mutationId,
          clientTime: T,
          createdAt: T,
          updatedAt: T,
        },
        updatedAt: T,
        updatedBy: 'server',
      },
    ],
    cursor: 'c1',
    more: false,
  };
  return { sent, response };
}

/**
 * Work from outside any transaction, started while the transaction under test runs, from the
 * kinds of task a service worker resumes on (a timer, a message): other transactions (a
 * user's edit) and a check that no resumed code finds itself inside the transaction under test.
 * It writes through a second connection to the same database, so its requests are not logged.
 */
function outsideWork(name: string, rounds: number) {
  const db = new MotiveDatabase(name);
  let captured = 0;
  const channel = new MessageChannel();
  const message = () =>
    new Promise<void>((resolve) => {
      channel.port2.onmessage = () => resolve();
      channel.port1.postMessage(null);
    });
  const timer = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  const done = (async () => {
    for (let i = 0; i < rounds; i++) {
      await (i % 2 === 0 ? timer() : message());
      if (Dexie.currentTransaction !== null) captured++;
      await putSynced(db, 'notes', { ...note(300_000 + i), text: 'typed meanwhile' }, { clientTime: T });
      if (Dexie.currentTransaction !== null) captured++;
    }
  })();
  return {
    done: done.finally(() => {
      channel.port1.close();
      channel.port2.close();
      db.close();
    }),
    captured: () => captured,
  };
}

type Work = (db: MotiveDatabase) => Promise<unknown>;

async function scenario(
  name: string,
  prepare: (db: MotiveDatabase) => Promise<Work>,
  outside = 0,
): Promise<ScenarioResult> {
  const { db, log } = await recordedDatabase();
  try {
    const work = await prepare(db);
    log.recording = true;
    const other = outside > 0 ? outsideWork(db.name, outside) : undefined;
    let error: string | null = null;
    const underTest = work(db).catch((e: unknown) => {
      error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    });
    await Promise.all([underTest, other?.done]);
    log.recording = false;
    return { name, transactions: new Set(log.transactions).size, captured: other?.captured() ?? 0, error };
  } finally {
    db.close();
    await db.delete();
  }
}

/** A scope that is not an async function: Dexie keeps its zone only through Dexie promises. */
const plainScope =
  (body: (db: MotiveDatabase) => Promise<unknown>): Work =>
  (db) =>
    db.transaction('rw', [...Object.keys(db._allTables)], () => body(db));

const applyWith = (sent: SentEntry[], response: SyncResponse, andThen?: Work): Work => {
  let n = 0;
  return (db) =>
    applyResponse(
      { db, clientId: 'c_1', now: () => new Date(T), newMutationId: () => `m_${++n}` },
      sent,
      response,
      andThen && (() => andThen(db)),
    );
};

/** The scenarios; `control` ones use a helper written the unsafe way and must be caught. */
export async function runScenarios(): Promise<{ scenarios: ScenarioResult[]; controls: ScenarioResult[] }> {
  const scenarios = [
    await scenario('a response: acks, later edits, shadows, a conflict, a teammate’s notes', async (db) => {
      const { sent, response } = await answeredBatch(db, 50, 0);
      return applyWith(sent, response);
    }),
    await scenario('the same over a long outbox (queued edits probed one record at a time)', async (db) => {
      const { sent, response } = await answeredBatch(db, 50, 500);
      return applyWith(sent, response);
    }),
    await scenario(
      'the same while edits arrive from timers and messages',
      async (db) => {
        const { sent, response } = await answeredBatch(db, 50, 500);
        return applyWith(sent, response);
      },
      6,
    ),
    await scenario(
      'choosing the next batch while edits arrive',
      async (db) => {
        await answeredBatch(db, 50, 500);
        return (d) => prepareBatch(d, { count: 20, bytes: 1_000_000 }, new Date(T));
      },
      6,
    ),
    await scenario(
      'a response applied and the next batch chosen after it, in its transaction (the engine’s round)',
      async (db) => {
        const { sent, response } = await answeredBatch(db, 50, 500);
        return applyWith(sent, response, (d) =>
          prepareBatch(d, { count: 20, bytes: 1_000_000 }, new Date(T)),
        );
      },
      6,
    ),
    await scenario('the helpers under a plain (not async) scope', async (db) => {
      const { sent, response } = await answeredBatch(db, 50, 500);
      const touched = [...sent, ...response.changes];
      return plainScope(async (d) => {
        await Promise.all([queuedEditsOf(d, touched), currentRows(d, touched), heldShadows(d)]);
        await queuedEditsOf(d, touched);
        await currentRows(d, touched);
        await heldShadows(d);
        await d.syncState.get('after the helpers');
      });
    }),
    await scenario('pulled changes alone under a plain scope', async (db) => {
      const { response } = await answeredBatch(db, 50, 500);
      return plainScope(async (d) => {
        await applyPulledChanges(d, response.changes);
        await d.syncState.get('after the changes');
      });
    }),
  ];
  const oneLevel = async (d: MotiveDatabase) => await d.syncState.get('x');
  const twoLevels = async (d: MotiveDatabase) => await oneLevel(d);
  const controls = [
    await scenario('control: two levels of native awaits under a plain scope', () =>
      Promise.resolve(
        plainScope(async (d) => {
          await twoLevels(d);
          await d.syncState.get('after');
        }),
      ),
    ),
  ];
  return { scenarios, controls };
}

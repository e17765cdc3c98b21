/**
 * Repositories: the only API the background and the panel use to read and write records.
 * Writes of synced records go through `putSynced`/`deleteSynced` (row + outbox in one
 * transaction). Reads hide tombstones.
 */
import type { z } from 'zod';
import {
  accountSchema,
  diagnosisSchema,
  evidenceSchema,
  noteSchema,
  personSchema,
  type Account,
  type Evidence,
  type Note,
  type Person,
} from '../domain/records';
import { diagnosesOfAccount, evidenceOfAccount, notesOfAccount, peopleOfAccount } from './account-reads';
import { newId } from './ids';
import type { AccountRow, EvidenceRow, MotiveDatabase, NoteRow, PersonRow } from './schema';
import { tokenize } from './search-words';
import { deleteSynced, putSynced, toWireValue } from './synced-write';

export interface RepositoryDeps {
  db: MotiveDatabase;
  /** Injected clock (tests pass a fixed one). */
  now: () => Date;
}

/**
 * What a caller gives to create a record: the schema's *input* shape (fields with defaults,
 * such as an account's empty `segment` or `tickedSignals`, may be left out), without the
 * id and timestamps the repository stamps.
 */
type New<S extends z.ZodType> = Omit<z.input<S>, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };
type Changes<T> = Partial<Omit<T, 'id' | 'createdAt'>>;
/** The fields to change, or a function of the stored record returning them. */
type Patch<T> = Changes<T> | ((current: T) => Changes<T>);

export function createRepositories({ db, now }: RepositoryDeps) {
  const time = () => now().toISOString();

  async function save<T extends { id: string }>(
    collection: 'accounts' | 'people' | 'notes' | 'evidence' | 'diagnoses',
    value: T,
  ): Promise<T> {
    await putSynced(db, collection, value, { clientTime: time() });
    return value;
  }

  function stamp(prefix: string, input: { id?: string }): Record<string, unknown> {
    const at = time();
    return { ...input, id: input.id ?? newId(prefix, now().getTime()), createdAt: at, updatedAt: at };
  }

  return {
    accounts: {
      create: async (input: New<typeof accountSchema>) =>
        save('accounts', accountSchema.parse(stamp('a', input))),
      /**
       * `patch` may be a function of the stored account: use it when the change builds on the
       * current value (add a ticked signal, set one segment field), so that quick successive
       * edits each see the previous one (read and write happen in one transaction).
       */
      update: (id: string, patch: Patch<Account>) =>
        db.transaction('rw', db.accounts, db.outbox, async () => {
          const current = await live(db.accounts.get(id));
          if (!current) throw new Error(`No account ${id}.`);
          const changes = typeof patch === 'function' ? patch(current) : patch;
          return save('accounts', accountSchema.parse({ ...strip(current), ...changes, updatedAt: time() }));
        }),
      remove: (id: string) => deleteSynced(db, 'accounts', id, { clientTime: time() }),
      get: (id: string) => live(db.accounts.get(id)),
      byCrmKey: async (key: string) => first(await db.accounts.where('crmKeys').equals(key).toArray()),
      byDomain: async (domain: string) =>
        first(await db.accounts.where('domain').equals(domain.toLowerCase()).toArray()),
      all: () => db.accounts.filter((a) => a.deleted === 0).toArray(),
    },
    people: {
      create: async (input: New<typeof personSchema>) =>
        save('people', personSchema.parse(stamp('p', input))),
      /** As `accounts.update`: a function patch sees the stored person, in one transaction. */
      update: (id: string, patch: Patch<Person>) =>
        db.transaction('rw', db.people, db.accounts, db.outbox, async () => {
          const current = await live(db.people.get(id));
          if (!current) throw new Error(`No person ${id}.`);
          const changes = typeof patch === 'function' ? patch(current) : patch;
          return save('people', personSchema.parse({ ...strip(current), ...changes, updatedAt: time() }));
        }),
      remove: (id: string) => deleteSynced(db, 'people', id, { clientTime: time() }),
      forAccount: (accountId: string) => peopleOfAccount(db, accountId),
    },
    notes: {
      create: async (input: New<typeof noteSchema>) => {
        const note = noteSchema.parse(stamp('n', input));
        return save('notes', note);
      },
      /** Read and write in one transaction: a delete or edit in between cannot be overwritten. */
      update: (id: string, patch: Partial<Omit<Note, 'id' | 'createdAt'>>) =>
        db.transaction('rw', db.notes, db.accounts, db.outbox, async () => {
          const current = await live(db.notes.get(id));
          if (!current) throw new Error(`No note ${id}.`);
          const note = noteSchema.parse({ ...strip(current), ...patch, updatedAt: time() });
          return save('notes', note);
        }),
      remove: (id: string) => deleteSynced(db, 'notes', id, { clientTime: time() }),
      /** Newest first. */
      forAccount: (accountId: string) => notesOfAccount(db, accountId),
      search: (query: string, accountId?: string, limit = 50) => searchNotes(db, query, accountId, limit),
    },
    evidence: {
      create: async (input: New<typeof evidenceSchema>) =>
        save('evidence', evidenceSchema.parse(stamp('e', input))),
      /** Read and write in one transaction: a quote removed in between stays removed. */
      setStatus: (id: string, status: Evidence['status']) =>
        db.transaction('rw', db.evidence, db.accounts, db.outbox, async () => {
          const current = await live(db.evidence.get(id));
          if (!current) throw new Error(`No evidence ${id}.`);
          return save('evidence', evidenceSchema.parse({ ...strip(current), status, updatedAt: time() }));
        }),
      remove: (id: string) => deleteSynced(db, 'evidence', id, { clientTime: time() }),
      forAccount: (accountId: string) => evidenceOfAccount(db, accountId),
    },
    diagnoses: {
      record: async (input: New<typeof diagnosisSchema>) =>
        save('diagnoses', diagnosisSchema.parse(stamp('d', input))),
      /** Oldest first. */
      forAccount: (accountId: string) => diagnosesOfAccount(db, accountId),
    },
  };
}
export type Repositories = ReturnType<typeof createRepositories>;

function notDeleted(row: { deleted: 0 | 1 }): boolean {
  return row.deleted === 0;
}

async function live<T extends { deleted: 0 | 1 }>(row: Promise<T | undefined>): Promise<T | undefined> {
  const value = await row;
  return value && value.deleted === 0 ? value : undefined;
}

function first<T extends { deleted: 0 | 1 }>(rows: T[]): T | undefined {
  return rows.find(notDeleted);
}

/** Drops local-only fields before re-validating a stored row as a domain value. */
function strip<T extends AccountRow | PersonRow | NoteRow | EvidenceRow>(row: T): Record<string, unknown> {
  return toWireValue(row as unknown as Record<string, unknown>);
}

/**
 * Every query word must prefix-match a note word. The rarest-looking (longest) word drives
 * the index range scan; the others are checked on the candidates.
 */
async function searchNotes(db: MotiveDatabase, query: string, accountId: string | undefined, limit: number) {
  const terms = [...new Set(tokenize(query))].sort((a, b) => b.length - a.length);
  const [lead, ...rest] = terms;
  if (lead === undefined) return [];
  const rows = await db.notes
    .where('words')
    .startsWith(lead)
    .distinct()
    .filter(
      (n) =>
        n.deleted === 0 &&
        (accountId === undefined || n.accountId === accountId) &&
        rest.every((t) => n.words.some((w) => w.startsWith(t))),
    )
    .limit(limit)
    .toArray();
  return rows.sort((a, b) => b.at.localeCompare(a.at));
}

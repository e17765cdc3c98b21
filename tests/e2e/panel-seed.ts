/**
 * Seeds the extension's IndexedDB from an extension page, with complete, valid rows (as the
 * repositories would write them: domain value + `serverVersion` + `deleted`, notes with their
 * search words), so the panel reads and edits them like its own. Shared by the panel specs.
 */
import type { Page } from 'playwright-core';
import type { Account, Diagnosis, Evidence, Note, Person } from '@/lib/domain/records';
import { searchWords } from '@/lib/db/search-words';

const T0 = '2026-01-15T10:00:00.000Z';

export const account = (o: Partial<Account> & Pick<Account, 'id' | 'name'>): Account => ({
  crmKeys: [],
  stage: 'discovery',
  segment: {},
  movement: {},
  discovery: {},
  tickedSignals: [],
  isSample: false,
  createdAt: T0,
  updatedAt: T0,
  ...o,
});

export const person = (o: Partial<Person> & Pick<Person, 'id' | 'accountId' | 'name'>): Person => ({
  roles: [],
  stance: 'neutral',
  influence: 'medium',
  motivations: [],
  presence: { meetings: 0, spoke: 0 },
  createdAt: T0,
  updatedAt: T0,
  ...o,
});

export const evidence = (
  o: Partial<Evidence> & Pick<Evidence, 'id' | 'accountId' | 'motivation' | 'at'>,
): Evidence => ({
  source: 'caption',
  status: 'suggested',
  weight: 0.8,
  createdAt: o.at,
  updatedAt: o.at,
  ...o,
});

export const diagnosis = (o: Partial<Diagnosis> & Pick<Diagnosis, 'id' | 'accountId' | 'at' | 'scores'>): Diagnosis => ({
  evidenceIds: [],
  createdAt: o.at,
  updatedAt: o.at,
  ...o,
});

export const note = (o: Partial<Note> & Pick<Note, 'id' | 'accountId' | 'text' | 'at'>): Note => ({
  kind: 'call',
  personIds: [],
  tags: [],
  createdAt: o.at,
  updatedAt: o.at,
  ...o,
});

export interface Seed {
  accounts?: Account[];
  people?: Person[];
  evidence?: Evidence[];
  diagnoses?: Diagnosis[];
  notes?: Note[];
}

/** Writes the seed in one IndexedDB transaction from `page` (an extension page that opened the DB). */
export async function seedDatabase(page: Page, seed: Seed): Promise<void> {
  const local = { serverVersion: null, deleted: 0 };
  const rows: Record<string, object[]> = {
    accounts: (seed.accounts ?? []).map((r) => ({ ...r, ...local })),
    people: (seed.people ?? []).map((r) => ({ ...r, ...local })),
    evidence: (seed.evidence ?? []).map((r) => ({ ...r, ...local })),
    diagnoses: (seed.diagnoses ?? []).map((r) => ({ ...r, ...local })),
    notes: (seed.notes ?? []).map((r) => ({ ...r, ...local, words: searchWords(r.text, r.tags) })),
  };
  await page.evaluate(async (tables) => {
    const open = indexedDB.open('motive');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const names = Object.keys(tables);
    const tx = db.transaction(names, 'readwrite');
    for (const name of names) for (const row of tables[name]!) tx.objectStore(name).put(row);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(new Error(String(tx.error)));
    });
    db.close();
  }, rows);
}

/** Reads every row of a table (tombstones included) from `page`. */
export async function readTable<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const open = indexedDB.open('motive');
    const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
    const rows = await new Promise<unknown[]>((resolve) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
    });
    db.close();
    return rows;
  }, table) as Promise<T[]>;
}

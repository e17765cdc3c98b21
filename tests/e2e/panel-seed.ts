/**
 * Seeds the extension's IndexedDB from an extension page, with complete, valid rows (as the
 * repositories would write them: domain value + `serverVersion` + `deleted` + the local index
 * fields of lib/db/local-fields.ts: note search words, account finder keys), so the panel reads and edits them like its own. Shared by the panel specs.
 */
import type { Page } from 'playwright-core';
import type { Account, Diagnosis, Evidence, Note, Person } from '../../lib/domain/records';
import { localFieldsOf } from '../../lib/db/local-fields';
import { MOTIVATIONS, type MotivationId } from '../../lib/domain/vocabulary';

const T0 = '2026-01-15T10:00:00.000Z';

export const NO_SCORES = Object.fromEntries(MOTIVATIONS.map((m) => [m, 0])) as Record<MotivationId, number>;

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

export const diagnosis = (
  o: Partial<Diagnosis> & Pick<Diagnosis, 'id' | 'accountId' | 'at' | 'scores'>,
): Diagnosis => ({
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
  const rows = Object.fromEntries(
    (['accounts', 'people', 'evidence', 'diagnoses', 'notes'] as const).map((table) => [
      table,
      (seed[table] ?? []).map((r) => ({ ...r, ...localFieldsOf(table, { ...r }), ...local })),
    ]),
  ) as Record<string, object[]>;
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

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();

/** Three accounts, one per journey: a live call, an email thread, a renewal. */
export const JOURNEY_SEED: Seed = {
  accounts: [
    account({ id: 'a_live', name: 'Northwind Freight', domain: 'northwind.example', stage: 'evaluation' }),
    account({ id: 'a_acme', name: 'Acme Corp', domain: 'acme.com', stage: 'qualification' }),
    account({
      id: 'a_renew',
      name: 'Kestrel Analytics',
      domain: 'kestrel.example',
      stage: 'renewal',
      motion: 'high-touch',
      // Its Salesforce record (the sites fixture), so the journeys can hop to the renewal's page.
      crmKeys: ['salesforce:Account:001Hs00003ZkQpLIAV'],
      successMetric: 'Month-end close in 3 days',
      renewalDate: new Date(Date.now() + 25 * 86_400_000).toISOString().slice(0, 10),
      createdAt: daysAgo(400),
      updatedAt: daysAgo(400),
    }),
  ],
  people: [
    person({
      id: 'p_dana',
      accountId: 'a_live',
      name: 'Dana Ortiz',
      roles: ['champion'],
      stance: 'champion',
      influence: 'high',
    }),
    person({
      id: 'p_marcus',
      accountId: 'a_live',
      name: 'Marcus Hale',
      roles: ['finance-approver'],
      stance: 'sceptic',
      influence: 'high',
    }),
    person({
      id: 'p_dana_r',
      accountId: 'a_acme',
      name: 'Dana Reyes',
      email: 'dana.reyes@acme.com',
      roles: ['daily-user'],
    }),
    person({
      id: 'p_old',
      accountId: 'a_renew',
      name: 'Jonas Berg',
      roles: ['champion'],
      stance: 'champion',
      influence: 'high',
      createdAt: daysAgo(420),
      updatedAt: daysAgo(420),
    }),
    person({
      id: 'p_new',
      accountId: 'a_renew',
      name: 'Priya Nair',
      roles: ['finance-approver'],
      stance: 'sceptic',
      influence: 'high',
      createdAt: daysAgo(30),
      updatedAt: daysAgo(30),
    }),
  ],
  evidence: [
    evidence({
      id: 'e_live_old',
      accountId: 'a_live',
      motivation: 'relief',
      quote: 'The team is drowning in manual re-keying',
      speaker: 'Dana Ortiz',
      at: minutesAgo(20),
    }),
    evidence({
      id: 'e_live_new',
      accountId: 'a_live',
      personId: 'p_marcus',
      motivation: 'risk',
      quote: 'Our last rollout failed its audit',
      speaker: 'Marcus Hale',
      at: minutesAgo(2),
      weight: 0.9,
    }),
    evidence({
      id: 'e_acme',
      accountId: 'a_acme',
      motivation: 'risk',
      source: 'email',
      quote: 'After the Q3 outage we cannot risk another incident',
      speaker: 'Dana Reyes',
      at: minutesAgo(30),
      weight: 0.9,
    }),
    evidence({
      id: 'e_renew',
      accountId: 'a_renew',
      motivation: 'relief',
      source: 'manual',
      status: 'confirmed',
      quote: 'Closing the books takes us two weeks',
      speaker: 'Jonas Berg',
      at: daysAgo(390),
      weight: 1,
    }),
  ],
  diagnoses: [
    diagnosis({
      id: 'd_renew',
      accountId: 'a_renew',
      at: daysAgo(370),
      stage: 'onboarding',
      scores: { ...NO_SCORES, relief: 0.8, risk: 0.2 },
      // The buying group at the sale: the economic buyer has left since.
      people: [
        { id: 'p_old', name: 'Jonas Berg', roles: ['champion'], stance: 'champion', influence: 'high' },
        {
          id: 'p_gone',
          name: 'Tomás Greer',
          roles: ['economic-buyer'],
          stance: 'supporter',
          influence: 'high',
        },
      ],
    }),
  ],
};

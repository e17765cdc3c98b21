/**
 * The Dexie database (extension origin only: content scripts never import lib/db, because
 * IndexedDB opened there belongs to the host page).
 *
 * Versions are FROZEN: never edit a `version(n)` block once released; add `version(n+1)` with
 * its upgrade in `migrations/` and a fixture test in `migrations.test.ts`.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Account, ConflictRecord, Diagnosis, Evidence, Note, Person } from '../domain/records';
import type { SyncCollection } from '../domain/vocabulary';
import type { PlaybookEntry } from '../playbook/schema';
import type { PageContext } from '../messaging/page-context';
import { upgradeToV2, V2_STORES, type PageBindingRow } from './migrations/v2-page-bindings';
import { upgradeToV3, V3_STORES } from './migrations/v3-account-name-key';
import { V4_STORES, type ServerVersionRow } from './migrations/v4-server-versions';
import { upgradeToV5, V5_STORES, type AcknowledgementPage } from './migrations/v5-acknowledgement-pages';

export type { PageBindingRow } from './migrations/v2-page-bindings';
export type { ServerVersionRow } from './migrations/v4-server-versions';
export type { AcknowledgementPage } from './migrations/v5-acknowledgement-pages';

/**
 * Local bookkeeping kept beside every synced value:
 * - `serverVersion`: the server version this row was last based on (null: never synced); a
 *   newer one may be kept in `acknowledgements` (lib/sync/server-versions.ts);
 * - `deleted`: 1 for a tombstone (soft delete: kept so the delete syncs), else 0.
 */
export interface SyncedRow {
  serverVersion: number | null;
  deleted: 0 | 1;
}

export type AccountRow = Account &
  SyncedRow & {
    /** The name lower-cased and accent-folded, for the account finder (local-fields.ts). */
    nameLower: string;
    /** 1 on the sample account only: a sparse index, since IndexedDB cannot index `isSample`. */
    sample?: 1;
  };
export type PersonRow = Person & SyncedRow;
export type NoteRow = Note &
  SyncedRow & {
    /** Lower-cased word prefixes of text and tags, for offline full-text search. */
    words: string[];
  };
export type EvidenceRow = Evidence & SyncedRow;
export type DiagnosisRow = Diagnosis & SyncedRow;
export type PlaybookRow = PlaybookEntry & SyncedRow;
export type ConflictRow = ConflictRecord & SyncedRow;

export interface OutboxEntry {
  seq?: number;
  mutationId: string;
  collection: SyncCollection;
  key: string;
  op: 'put' | 'delete';
  value?: Record<string, unknown>;
  baseVersion: number | null;
  clientTime: string;
}

export interface PageContextRow {
  tabId: number;
  context: PageContext;
  updatedAt: string;
}

export interface SyncStateRow {
  key: string;
  value: unknown;
}

export class MotiveDatabase extends Dexie {
  accounts!: EntityTable<AccountRow, 'id'>;
  people!: EntityTable<PersonRow, 'id'>;
  notes!: EntityTable<NoteRow, 'id'>;
  evidence!: EntityTable<EvidenceRow, 'id'>;
  diagnoses!: EntityTable<DiagnosisRow, 'id'>;
  playbook!: EntityTable<PlaybookRow, 'id'>;
  conflicts!: EntityTable<ConflictRow, 'id'>;
  pageContexts!: EntityTable<PageContextRow, 'tabId'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  syncState!: EntityTable<SyncStateRow, 'key'>;
  /** Local only, never synced: the rep's hand-picked account per page (v2-page-bindings.ts). */
  pageBindings!: EntityTable<PageBindingRow, 'pageKey'>;
  /** Version 4's acknowledged versions: emptied by version 5, never written since (v5-acknowledgement-pages.ts). */
  serverVersions!: EntityTable<ServerVersionRow, 'id'>;
  /** Server versions of records whose own change came back as sent, in pages (v5-acknowledgement-pages.ts). */
  acknowledgements!: EntityTable<AcknowledgementPage, 'last'>;

  constructor(name = 'motive') {
    super(name);
    // Version 1 (frozen).
    this.version(1).stores({
      accounts: 'id, name, domain, *crmKeys, updatedAt, deleted',
      people: 'id, accountId, email, name, deleted',
      notes: 'id, accountId, at, [accountId+at], *words, *tags, deleted',
      evidence: 'id, accountId, [accountId+status], personId, deleted',
      diagnoses: 'id, accountId, [accountId+at], deleted',
      playbook: 'id, kind, origin, deleted',
      conflicts: 'id, collection, key, deleted',
      pageContexts: 'tabId, updatedAt',
      outbox: '++seq, mutationId, [collection+key]',
      syncState: 'key',
    });
    // Version 2 (frozen): per-page account bindings replace the global pin.
    this.version(2).stores(V2_STORES).upgrade(upgradeToV2);
    // Version 3 (frozen): accounts keep their folded name, indexed for the finder.
    this.version(3).stores(V3_STORES).upgrade(upgradeToV3);
    // Version 4 (frozen): acknowledged versions in a table of their own (a new, empty table).
    this.version(4).stores(V4_STORES);
    // Version 5 (frozen): acknowledged versions in pages, one write per sync response.
    this.version(5).stores(V5_STORES).upgrade(upgradeToV5);
  }
}

/** Table name for each synced collection (they are the same words). */
export const SYNCED_TABLES = {
  accounts: 'accounts',
  people: 'people',
  notes: 'notes',
  evidence: 'evidence',
  diagnoses: 'diagnoses',
  playbook: 'playbook',
  conflicts: 'conflicts',
} as const satisfies Record<SyncCollection, keyof MotiveDatabase>;

let instance: MotiveDatabase | undefined;

/** The database of this extension origin (one per process). */
export function getDatabase(): MotiveDatabase {
  instance ??= new MotiveDatabase();
  return instance;
}

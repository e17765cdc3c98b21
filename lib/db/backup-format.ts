/**
 * The full-backup file: a versioned JSON envelope holding every synced collection.
 * Validation checks the WHOLE file before anything is written and reports each problem
 * precisely (collection, index, record id, field), so an invalid file changes nothing.
 */
import { z } from 'zod';
import { SYNC_COLLECTIONS, type SyncCollection } from '../domain/vocabulary';
import { locateJsonError } from '../playbook/json-error-position';
import { RECORD_SCHEMAS } from '../playbook/record-schemas';

export const BACKUP_FORMAT = 'motive-backup';
export const BACKUP_VERSION = 1;

/** The record schema for each collection: the same ones sync and the server use. */
export { RECORD_SCHEMAS };

export type BackupData = { [C in SyncCollection]: z.infer<(typeof RECORD_SCHEMAS)[C]>[] };

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** Dexie schema version of the database that wrote the file. */
  schemaVersion: number;
  exportedAt: string;
  data: BackupData;
}

/** One problem in a file. `index`/`id` are absent for problems with the file as a whole. */
export interface BackupError {
  collection?: SyncCollection;
  index?: number;
  id?: string;
  field: string;
  message: string;
}

export type BackupParse = { ok: true; backup: Backup } | { ok: false; errors: BackupError[] };

/** Stop listing after this many problems: a wrong file would otherwise bury the first ones. */
export const MAX_REPORTED_ERRORS = 100;

const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.iso.datetime({ offset: true }),
  data: z.record(z.string(), z.unknown()),
});

/**
 * Parses and validates a backup file's text. `schemaVersion` is the current database's
 * version: a file from a newer schema is refused rather than half understood.
 */
export function parseBackup(text: string, schemaVersion: number): BackupParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const at = locateJsonError(text);
    const where = at ? ` at line ${at.line}, column ${at.column}: ${at.reason}` : '';
    return fail({ field: '(file)', message: `Not valid JSON${where}.` });
  }
  const format = typeof raw === 'object' && raw !== null ? (raw as { format?: unknown }).format : undefined;
  if (format === undefined) return fail({ field: 'format', message: 'This file is not a Motive backup.' });
  if (format !== BACKUP_FORMAT) {
    const hint =
      format === 'motive-playbook' ? ' This is a playbook file: import it under Team playbook.' : '';
    return fail({
      field: 'format',
      message: `Expected format "${BACKUP_FORMAT}", found ${JSON.stringify(format)}.${hint}`,
    });
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success)
    return { ok: false, errors: envelope.error.issues.map((issue) => issueError(issue)) };
  const { version, data } = envelope.data;
  if (version !== BACKUP_VERSION) {
    return fail({
      field: 'version',
      message: `Backup format version ${version} is not supported (this Motive reads ${BACKUP_VERSION}).`,
    });
  }
  if (envelope.data.schemaVersion > schemaVersion) {
    return fail({
      field: 'schemaVersion',
      message: `The backup was written by a newer Motive (database version ${envelope.data.schemaVersion}; this one is ${schemaVersion}). Update Motive first.`,
    });
  }
  const unknown = Object.keys(data).filter((key) => !(SYNC_COLLECTIONS as readonly string[]).includes(key));
  const errors: BackupError[] = unknown.map((key) => ({
    field: `data.${key}`,
    message: `Unknown collection "${key}".`,
  }));
  const parsed: Partial<Record<SyncCollection, unknown[]>> = {};
  for (const collection of SYNC_COLLECTIONS) {
    parsed[collection] = validateCollection(collection, data[collection] ?? [], errors);
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_REPORTED_ERRORS) };
  return {
    ok: true,
    backup: { ...envelope.data, format: BACKUP_FORMAT, version: BACKUP_VERSION, data: parsed as BackupData },
  };
}

function validateCollection(collection: SyncCollection, value: unknown, errors: BackupError[]): unknown[] {
  if (!Array.isArray(value)) {
    errors.push({ collection, field: `data.${collection}`, message: 'Expected a list of records.' });
    return [];
  }
  const schema = RECORD_SCHEMAS[collection];
  const seen = new Set<string>();
  const records: unknown[] = [];
  value.forEach((item: unknown, index) => {
    const id = recordId(item);
    const result = schema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues)
        errors.push({ ...issueError(issue), collection, index, ...(id ? { id } : {}) });
      return;
    }
    if (seen.has(result.data.id)) {
      errors.push({
        collection,
        index,
        id: result.data.id,
        field: 'id',
        message: 'Duplicate id in this collection.',
      });
      return;
    }
    seen.add(result.data.id);
    records.push(result.data);
  });
  return records;
}

function recordId(item: unknown): string | undefined {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

function issueError(issue: z.core.$ZodIssue): BackupError {
  return { field: issue.path.length > 0 ? issue.path.join('.') : '(record)', message: issue.message };
}

function fail(error: BackupError): BackupParse {
  return { ok: false, errors: [error] };
}

/** One line per error for people: "notes #3 (n_12): at — Invalid ISO datetime". */
export function describeBackupError(error: BackupError): string {
  const where =
    error.collection === undefined
      ? ''
      : `${error.collection} #${(error.index ?? 0) + 1}${error.id ? ` (${error.id})` : ''}: `;
  return `${where}${error.field} — ${error.message}`;
}

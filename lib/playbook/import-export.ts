/**
 * Team playbook files: a versioned envelope `{ format: "motive-playbook", version: 1, entries }`.
 * Import validates everything and reports every problem precisely (entry index, id, field);
 * nothing is imported unless the whole file is valid. Export is the exact inverse.
 */
import { locateJsonError } from './json-error-position';
import { playbookEntrySchema, type PlaybookEntry } from './schema';

export const PLAYBOOK_FORMAT = 'motive-playbook';
export const PLAYBOOK_FORMAT_VERSION = 1;
/** Larger files are refused before parsing (a team playbook is a few hundred entries). */
export const MAX_IMPORT_CHARS = 5 * 1024 * 1024;
export const MAX_IMPORT_ENTRIES = 10_000;
/** Reporting stops after this many errors; the last error says how many more there were. */
export const MAX_REPORTED_ERRORS = 100;

export interface PlaybookImportError {
  /** Entry index in `entries`, or null for a problem with the file itself. */
  index: number | null;
  entryId?: string;
  /** Dotted path inside the entry (e.g. "proof.url"), or the envelope field. */
  field: string;
  message: string;
}

export type PlaybookImportResult =
  { ok: true; entries: PlaybookEntry[] } | { ok: false; errors: PlaybookImportError[] };

/** Unknown fields are reported (a typo like "stage" would otherwise be dropped silently). */
const KNOWN_FIELDS = new Set(Object.keys(playbookEntrySchema.shape));

/** Parses and validates a playbook file; see the file comment for the contract. */
export function parsePlaybookImport(json: string): PlaybookImportResult {
  const fail = (field: string, message: string): PlaybookImportResult => ({
    ok: false,
    errors: [{ index: null, field, message }],
  });
  if (json.length > MAX_IMPORT_CHARS)
    return fail('(file)', `The file is larger than ${MAX_IMPORT_CHARS / 1024 / 1024} MiB.`);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    const at = locateJsonError(json);
    return fail(
      '(json)',
      at
        ? `Not valid JSON at line ${at.line}, column ${at.column} (position ${at.position}): ${at.reason}.`
        : 'Not valid JSON.',
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail(
      '(root)',
      'Expected an object { "format": "motive-playbook", "version": 1, "entries": [...] }.',
    );
  }
  const envelope = data as Record<string, unknown>;
  if (envelope.format !== PLAYBOOK_FORMAT) {
    return fail('format', `Expected "format": "${PLAYBOOK_FORMAT}", found ${describe(envelope.format)}.`);
  }
  if (envelope.version !== PLAYBOOK_FORMAT_VERSION) {
    const version = envelope.version;
    const newer = typeof version === 'number' && version > PLAYBOOK_FORMAT_VERSION;
    return fail(
      'version',
      newer
        ? `Version ${version} was written by a newer Motive; this one reads version ${PLAYBOOK_FORMAT_VERSION}.`
        : `Expected "version": ${PLAYBOOK_FORMAT_VERSION}, found ${describe(envelope.version)}.`,
    );
  }
  if (!Array.isArray(envelope.entries))
    return fail('entries', `Expected "entries" to be an array, found ${describe(envelope.entries)}.`);
  if (envelope.entries.length > MAX_IMPORT_ENTRIES)
    return fail(
      'entries',
      `At most ${MAX_IMPORT_ENTRIES} entries per file; found ${envelope.entries.length}.`,
    );
  return validateEntries(envelope.entries);
}

function validateEntries(raw: unknown[]): PlaybookImportResult {
  const errors: PlaybookImportError[] = [];
  const entries: PlaybookEntry[] = [];
  const firstIndex = new Map<string, number>();
  raw.forEach((item, index) => {
    const entryId =
      typeof (item as { id?: unknown })?.id === 'string' ? (item as { id: string }).id : undefined;
    const at = { index, ...(entryId !== undefined ? { entryId } : {}) };
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      errors.push({ ...at, field: '(entry)', message: `Expected an object, found ${describe(item)}.` });
      return;
    }
    for (const key of Object.keys(item)) {
      if (!KNOWN_FIELDS.has(key))
        errors.push({ ...at, field: key, message: `Unknown field "${key}"${suggest(key)}.` });
    }
    const parsed = playbookEntrySchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push({
          ...at,
          field: issue.path.length ? issue.path.join('.') : '(entry)',
          message: issue.message,
        });
      }
    } else entries.push(parsed.data);
    if (entryId !== undefined) {
      const first = firstIndex.get(entryId);
      if (first !== undefined)
        errors.push({
          ...at,
          field: 'id',
          message: `Duplicate id "${entryId}" (first used by entry ${first}).`,
        });
      else firstIndex.set(entryId, index);
    }
  });
  if (errors.length === 0) return { ok: true, entries };
  if (errors.length <= MAX_REPORTED_ERRORS) return { ok: false, errors };
  const shown = errors.slice(0, MAX_REPORTED_ERRORS);
  shown.push({
    index: null,
    field: '(file)',
    message: `…and ${errors.length - MAX_REPORTED_ERRORS} more errors.`,
  });
  return { ok: false, errors: shown };
}

/**
 * The file for `entries`: pretty-printed, stable, and read back identically by the import.
 * Only entry fields are written, so local bookkeeping on Dexie rows (serverVersion, deleted)
 * never leaks into a shared file.
 */
export function exportPlaybook(entries: readonly PlaybookEntry[]): string {
  const clean = entries.map((e) =>
    Object.fromEntries(Object.entries(e).filter(([k]) => KNOWN_FIELDS.has(k))),
  );
  return `${JSON.stringify({ format: PLAYBOOK_FORMAT, version: PLAYBOOK_FORMAT_VERSION, entries: clean }, null, 2)}\n`;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 60));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return 'an object';
}

function suggest(key: string): string {
  const lower = key.toLowerCase();
  const near = [...KNOWN_FIELDS].find(
    (k) => k === `${lower}s` || `${k}s` === lower || k.toLowerCase() === lower,
  );
  return near ? ` (did you mean "${near}"?)` : '';
}

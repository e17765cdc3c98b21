/**
 * Step 1 of a sync request: the envelope and every value, checked before anything is
 * touched (guarantee 6: an invalid request changes nothing).
 */
import type { z } from 'zod';
import {
  MAX_CHANGES,
  MAX_VALUE_BYTES,
  VALUE_SCHEMAS,
  decodeCursor,
  syncRequestSchema,
  type PushedChange,
} from '../../lib/sync/protocol';
import { findUnstorable } from '../../lib/sync/wire-values';
import { invalid, tooLarge } from '../http/errors';

export interface ValidRequest {
  clientId: string;
  /** The last version the client has seen (0 = from the start). */
  after: number;
  changes: PushedChange[];
}

/** "changes.3.value.text: Invalid input…": the message names the offending field. */
function describe(issue: z.core.$ZodIssue, prefix?: string): string {
  const parts = [...(prefix === undefined ? [] : [prefix]), ...issue.path.map(String)];
  if (issue.code === 'unrecognized_keys') parts.push(issue.keys[0] ?? '');
  return `${parts.length === 0 ? 'body' : parts.join('.')}: ${issue.message}`;
}

export function validateSyncRequest(body: unknown): ValidRequest {
  // Size limits first, so a huge batch is 413 even if it is also malformed further down.
  const changes = (body as { changes?: unknown } | null)?.changes;
  if (Array.isArray(changes) && changes.length > MAX_CHANGES) {
    throw tooLarge(`changes: at most ${MAX_CHANGES} per request (got ${changes.length})`);
  }
  // Anything the database would refuse (NUL, lone surrogates, too deep) is the sender's error.
  const unstorable = findUnstorable(body);
  if (unstorable !== null) throw invalid(`${unstorable.path}: ${unstorable.problem}`);
  const parsed = syncRequestSchema.safeParse(body);
  if (!parsed.success) throw invalid(describe(parsed.error.issues[0]!));
  const request = parsed.data;
  const after = request.cursor === null ? 0 : decodeCursor(request.cursor);
  if (after === null) throw invalid('cursor: not a cursor this server issued');
  const checked = request.changes.map((change, index) => validateChange(change, index));
  return { clientId: request.clientId, after, changes: checked };
}

function validateChange(change: PushedChange, index: number): PushedChange {
  if (change.op === 'delete') {
    // A delete carries no value; one sent anyway is not stored.
    const { value: _ignored, ...rest } = change;
    return rest;
  }
  const where = `changes.${index}.value`;
  if (Buffer.byteLength(JSON.stringify(change.value), 'utf8') > MAX_VALUE_BYTES) {
    throw tooLarge(`${where}: at most ${MAX_VALUE_BYTES} bytes`);
  }
  const parsed = VALUE_SCHEMAS[change.collection].safeParse(change.value);
  if (!parsed.success) throw invalid(describe(parsed.error.issues[0]!, where));
  if (parsed.data.id !== change.key) throw invalid(`${where}.id: must equal changes.${index}.key`);
  return { ...change, value: parsed.data };
}

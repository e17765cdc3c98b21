/**
 * Reads a failed sync request: is one change to blame (sync-protocol.md: a 400 message
 * names the offending field, "changes.3.value.text: …"), should the batch be split to find
 * it (413, or a 400 that names no change), or is the cursor refused? Anything else (401,
 * 429, 5xx, network) is an error for the scheduler to retry or report.
 */
import { SyncHttpError } from './transport';

export type Refusal = { kind: 'change'; index: number } | { kind: 'narrow' } | { kind: 'cursor' };

export function refusalOf(error: unknown, batchSize: number): Refusal | null {
  if (!(error instanceof SyncHttpError)) return null;
  if (error.status !== 400 && error.status !== 413) return null;
  if (error.status === 400 && /^cursor\b/.test(error.message)) return { kind: 'cursor' };
  if (batchSize === 0) return null;
  const named = /^changes\.(\d+)\b/.exec(error.message);
  const index = named === null ? null : Number(named[1]);
  if (index !== null && index < batchSize) return { kind: 'change', index };
  // Alone in its request, the change is what was refused; else halve until it is alone.
  return batchSize === 1 ? { kind: 'change', index: 0 } : { kind: 'narrow' };
}

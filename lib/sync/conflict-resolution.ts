/**
 * Domain-aware conflict resolution (pure). Given this device's state of a record and the
 * server's, returns the state to push and, when something could not be merged, the losing
 * state so it stays retrievable in the `conflicts` record.
 *
 * - notes: both texts kept (mergeTexts); tags and people united;
 * - sets (roles, tags, crmKeys, tickedSignals, personIds, evidenceIds…): union;
 * - other fields: the later `updatedAt` wins;
 * - an edit beats a concurrent delete (the delete is reported as lost, never the edit).
 */
import type { SyncCollection } from '../domain/vocabulary';
import { VALUE_SCHEMAS } from './protocol';
import { mergeTexts } from './text-merge';

export type RecordValue = Record<string, unknown>;
export type SideState = { op: 'put'; value: RecordValue } | { op: 'delete' } | { op: 'absent' };

export interface Resolution {
  result: SideState;
  /** The state that did not survive whole (a scalar overwritten, a delete undone). */
  lost?: SideState;
}

/** Array fields merged as sets, with the schema's maximum size. */
export const SET_FIELDS: Partial<Record<SyncCollection, Record<string, number>>> = {
  accounts: { crmKeys: 50, tickedSignals: 500 },
  people: { roles: 7, motivations: 10 },
  notes: { tags: 50, personIds: 100 },
  diagnoses: { evidenceIds: 5000 },
  playbook: { roles: 7, stages: 8, channels: 3, motions: 3 },
};

/** Object fields merged key by key (the later value per key). */
export const MAP_FIELDS: Partial<Record<SyncCollection, string[]>> = { accounts: ['discovery'] };

/** Text fields whose edits are both kept. */
export const TEXT_FIELDS: Partial<Record<SyncCollection, string[]>> = { notes: ['text'] };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const time = (v: RecordValue) => Date.parse(typeof v.updatedAt === 'string' ? v.updatedAt : '') || 0;

export function resolveConflict(collection: SyncCollection, mine: SideState, theirs: SideState): Resolution {
  if (mine.op !== 'put' && theirs.op !== 'put') return { result: theirs.op === 'delete' ? theirs : mine };
  if (mine.op !== 'put') return { result: theirs, lost: mine };
  if (theirs.op !== 'put') return { result: mine, lost: theirs };
  return mergeValues(collection, mine.value, theirs.value);
}

function mergeValues(collection: SyncCollection, mine: RecordValue, theirs: RecordValue): Resolution {
  const sets = SET_FIELDS[collection] ?? {};
  const texts = TEXT_FIELDS[collection] ?? [];
  const maps = MAP_FIELDS[collection] ?? [];
  const mineIsLater = time(mine) >= time(theirs);
  const [later, earlier] = mineIsLater ? [mine, theirs] : [theirs, mine];
  const merged: RecordValue = {};
  let lost = false;
  let truncated = false;
  for (const field of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
    const a = theirs[field];
    const b = mine[field];
    if (same(a, b)) merged[field] = b;
    else if (field in sets && (Array.isArray(a) || Array.isArray(b))) {
      const all = union(a, b);
      merged[field] = all.slice(0, sets[field]);
      // Over the schema's maximum: this device's newest items are the ones left out.
      truncated ||= all.length > (sets[field] ?? Infinity);
    } else if (texts.includes(field) && typeof a === 'string' && typeof b === 'string') {
      merged[field] = mergeTexts(a, b);
    } else if (maps.includes(field) && isObject(a) && isObject(b)) {
      const [late, early] = mineIsLater ? [b, a] : [a, b];
      merged[field] = { ...early, ...late };
      lost ||= Object.keys(early).some((k) => k in late && !same(early[k], late[k]));
    } else if (field === 'updatedAt') merged[field] = later[field];
    else if (field === 'createdAt') merged[field] = [a, b].filter(Boolean).sort()[0];
    else {
      merged[field] = field in later ? later[field] : earlier[field];
      lost = true;
    }
  }
  if (!VALUE_SCHEMAS[collection].safeParse(merged).success) {
    // A merge the schema refuses (should not happen): the later edit wins whole.
    return { result: { op: 'put', value: later }, lost: { op: 'put', value: earlier } };
  }
  if (truncated) return { result: { op: 'put', value: merged }, lost: { op: 'put', value: mine } };
  return lost
    ? { result: { op: 'put', value: merged }, lost: { op: 'put', value: earlier } }
    : { result: { op: 'put', value: merged } };
}

function isObject(v: unknown): v is RecordValue {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function union(a: unknown, b: unknown): unknown[] {
  const seen = new Map<string, unknown>();
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? (v as unknown[]) : []);
  for (const item of [...list(a), ...list(b)]) {
    seen.set(JSON.stringify(item), item);
  }
  return [...seen.values()];
}

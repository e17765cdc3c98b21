/**
 * Step 3 of a sync request, pure: each pushed change in order becomes `applied`,
 * `duplicate` (already applied: the version it got) or `conflict` (stale base: the current
 * state is returned and the rejected change kept as a `conflicts` record). A change re-sent
 * after a lost response that had been rejected is answered `conflict` again, with the
 * record's current state and no second conflicts record: answering `duplicate` would let
 * the client take it as applied and overwrite a teammate's edit (issue 13, finding 4).
 */
import type { ChangeResult } from '../../lib/sync/protocol';
import { conflictRecordFor } from './conflict-record';
import type { ValidRequest } from './validate-request';

/** A record's identity within a workspace, as a map key. */
export const recordId = (collection: string, key: string) => `${collection}\u0000${key}`;

export interface StoredState {
  version: number;
  op: 'put' | 'delete';
  value?: Record<string, unknown>;
}

export interface RecordWrite extends StoredState {
  collection: string;
  key: string;
}

export interface Decided {
  results: ChangeResult[];
  /** One write per record (the last one), to upsert. */
  writes: RecordWrite[];
  mutations: { mutation_id: string; status: 'applied' | 'conflict'; version: number }[];
  /** The workspace version after this request. */
  version: number;
}

interface Known {
  version: number;
  seen: Map<string, { version: number; conflict: boolean }>;
  current: Map<string, StoredState>;
  at: string;
}

export function decideChanges(request: ValidRequest, known: Known): Decided {
  let version = known.version;
  const writes = new Map<string, RecordWrite>();
  const mutations: Decided['mutations'] = [];
  const results = request.changes.map((change): ChangeResult => {
    const mutationId = change.mutationId;
    const id = recordId(change.collection, change.key);
    const current = known.current.get(id);
    const currentVersion = current?.version ?? null;
    const seen = known.seen.get(mutationId);
    if (seen?.conflict === true) return conflictResult(mutationId, current);
    if (seen !== undefined) return { mutationId, status: 'duplicate', version: seen.version };
    if (currentVersion === change.baseVersion) {
      const state: StoredState = { version: ++version, op: change.op, value: change.value };
      known.current.set(id, state);
      writes.set(id, { collection: change.collection, key: change.key, ...state });
      known.seen.set(mutationId, { version: state.version, conflict: false });
      mutations.push({ mutation_id: mutationId, status: 'applied', version: state.version });
      return { mutationId, status: 'applied', version: state.version };
    }
    const conflict = conflictRecordFor(change, request.clientId, currentVersion, known.at);
    const record: StoredState = { version: ++version, op: 'put', value: conflict };
    const conflictId = recordId('conflicts', conflict.id);
    known.current.set(conflictId, record);
    writes.set(conflictId, { collection: 'conflicts', key: conflict.id, ...record });
    known.seen.set(mutationId, { version: currentVersion ?? 0, conflict: true });
    mutations.push({ mutation_id: mutationId, status: 'conflict', version: currentVersion ?? 0 });
    return conflictResult(mutationId, current);
  });
  return { results, writes: [...writes.values()], mutations, version };
}

function conflictResult(mutationId: string, current: StoredState | undefined): ChangeResult {
  return {
    mutationId,
    status: 'conflict',
    version: current?.version ?? 0,
    current:
      current === undefined
        ? null
        : current.op === 'put'
          ? { op: 'put', value: current.value ?? {} }
          : { op: 'delete' },
  };
}

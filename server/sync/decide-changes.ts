/**
 * Step 3 of a sync request, pure: each pushed change in order becomes `applied`,
 * `duplicate` (already seen: the version it got) or `conflict` (stale base: the current
 * state is returned and the rejected change kept as a `conflicts` record).
 */
import type { ChangeResult } from '../../lib/sync/protocol';
import { conflictRecordFor } from './conflict-record';
import type { ValidRequest } from './validate-request';

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
  seen: Map<string, number>;
  current: Map<string, StoredState>;
  at: string;
}

export function decideChanges(request: ValidRequest, known: Known): Decided {
  let version = known.version;
  const writes = new Map<string, RecordWrite>();
  const mutations: Decided['mutations'] = [];
  const results = request.changes.map((change): ChangeResult => {
    const mutationId = change.mutationId;
    const seenVersion = known.seen.get(mutationId);
    if (seenVersion !== undefined) return { mutationId, status: 'duplicate', version: seenVersion };
    const id = `${change.collection}\u0000${change.key}`;
    const current = known.current.get(id);
    const currentVersion = current?.version ?? null;
    if (currentVersion === change.baseVersion) {
      const state: StoredState = { version: ++version, op: change.op, value: change.value };
      known.current.set(id, state);
      writes.set(id, { collection: change.collection, key: change.key, ...state });
      known.seen.set(mutationId, state.version);
      mutations.push({ mutation_id: mutationId, status: 'applied', version: state.version });
      return { mutationId, status: 'applied', version: state.version };
    }
    const conflict = conflictRecordFor(change, request.clientId, currentVersion, known.at);
    const record: StoredState = { version: ++version, op: 'put', value: conflict };
    known.current.set(`conflicts\u0000${conflict.id}`, record);
    writes.set(`conflicts\u0000${conflict.id}`, { collection: 'conflicts', key: conflict.id, ...record });
    known.seen.set(mutationId, currentVersion ?? 0);
    mutations.push({ mutation_id: mutationId, status: 'conflict', version: currentVersion ?? 0 });
    return {
      mutationId,
      status: 'conflict',
      version: currentVersion ?? 0,
      current:
        current === undefined
          ? null
          : current.op === 'put'
            ? { op: 'put', value: current.value ?? {} }
            : { op: 'delete' },
    };
  });
  return { results, writes: [...writes.values()], mutations, version };
}

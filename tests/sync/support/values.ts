/** Valid record values and wire changes for server tests. */
const T = '2026-11-22T14:03:11.201Z';

export function note(
  id: string,
  text = 'Asked about the renewal timeline.',
  extra: Record<string, unknown> = {},
) {
  return {
    id,
    accountId: 'a_1',
    kind: 'call',
    text,
    at: T,
    personIds: [],
    tags: [],
    createdAt: T,
    updatedAt: T,
    ...extra,
  };
}

export function account(id: string, name = 'Acme') {
  return {
    id,
    name,
    crmKeys: [],
    stage: 'discovery',
    segment: {},
    movement: {},
    discovery: {},
    tickedSignals: [],
    isSample: false,
    createdAt: T,
    updatedAt: T,
  };
}

let counter = 0;
export function put(
  key: string,
  baseVersion: number | null,
  value: Record<string, unknown> = note(key),
  collection = 'notes',
) {
  return {
    mutationId: `m_${counter++}_${Math.random().toString(36).slice(2)}`,
    collection,
    key,
    op: 'put',
    value,
    baseVersion,
    clientTime: T,
  };
}

export function del(key: string, baseVersion: number | null, collection = 'notes') {
  return {
    mutationId: `m_${counter++}_${Math.random().toString(36).slice(2)}`,
    collection,
    key,
    op: 'delete',
    baseVersion,
    clientTime: T,
  };
}

export function body(changes: unknown[], cursor: string | null = null, clientId = 'c_test') {
  return { clientId, cursor, changes };
}

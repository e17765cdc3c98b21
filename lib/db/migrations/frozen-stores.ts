/**
 * A frozen copy of every released `version(n).stores(...)` of `MotiveDatabase`
 * (lib/db/schema.ts). The migration tests open a database at each of these versions, fill it
 * from `tests/fixtures/db/v<n>.json`, then open it with the current `MotiveDatabase` and check
 * that nothing was lost. They also check that the current schema still declares exactly
 * these stores for its released versions, so an edit to a released version fails loudly.
 *
 * Releasing version n+1: add `version(n+1)` (with its upgrade) in schema.ts, append its
 * stores here, add `tests/fixtures/db/v<n+1>.json`, and describe in `EXPECTED_UPGRADES`
 * (migrations.test.ts) what the upgrade does to older fixtures.
 */
export const FROZEN_STORES: Readonly<Record<number, Readonly<Record<string, string>>>> = {
  1: {
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
  },
  2: {
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
    pageBindings: 'pageKey, accountId',
  },
  3: {
    accounts: 'id, name, domain, *crmKeys, updatedAt, deleted, nameLower, sample',
    people: 'id, accountId, email, name, deleted',
    notes: 'id, accountId, at, [accountId+at], *words, *tags, deleted',
    evidence: 'id, accountId, [accountId+status], personId, deleted',
    diagnoses: 'id, accountId, [accountId+at], deleted',
    playbook: 'id, kind, origin, deleted',
    conflicts: 'id, collection, key, deleted',
    pageContexts: 'tabId, updatedAt',
    outbox: '++seq, mutationId, [collection+key]',
    syncState: 'key',
    pageBindings: 'pageKey, accountId',
  },
  4: {
    accounts: 'id, name, domain, *crmKeys, updatedAt, deleted, nameLower, sample',
    people: 'id, accountId, email, name, deleted',
    notes: 'id, accountId, at, [accountId+at], *words, *tags, deleted',
    evidence: 'id, accountId, [accountId+status], personId, deleted',
    diagnoses: 'id, accountId, [accountId+at], deleted',
    playbook: 'id, kind, origin, deleted',
    conflicts: 'id, collection, key, deleted',
    pageContexts: 'tabId, updatedAt',
    outbox: '++seq, mutationId, [collection+key]',
    syncState: 'key',
    pageBindings: 'pageKey, accountId',
    serverVersions: 'id',
  },
  5: {
    accounts: 'id, name, domain, *crmKeys, updatedAt, deleted, nameLower, sample',
    people: 'id, accountId, email, name, deleted',
    notes: 'id, accountId, at, [accountId+at], *words, *tags, deleted',
    evidence: 'id, accountId, [accountId+status], personId, deleted',
    diagnoses: 'id, accountId, [accountId+at], deleted',
    playbook: 'id, kind, origin, deleted',
    conflicts: 'id, collection, key, deleted',
    pageContexts: 'tabId, updatedAt',
    outbox: '++seq, mutationId, [collection+key]',
    syncState: 'key',
    pageBindings: 'pageKey, accountId',
    serverVersions: 'id',
    acknowledgements: 'last',
  },
};

/** Every released schema version, oldest first. */
export const RELEASED_VERSIONS: readonly number[] = Object.keys(FROZEN_STORES)
  .map(Number)
  .sort((a, b) => a - b);

/**
 * Version 4: acknowledged server versions kept apart from the records (issue 15).
 *
 * The sync protocol returns this device's own changes in the same response that acknowledges
 * them. Up to version 3 each such record was written twice: once when the rep edited it, and
 * again, identical but for `serverVersion`, when the server's copy came back. In real Chromium
 * that second write (the whole row and every index entry, `words` included) cost as much as
 * the first. From version 4 an acknowledgement of a record that came back exactly as sent
 * writes one small row here, `{ id: recordId(collection, key), version }`, and leaves the
 * record alone (lib/sync/server-versions.ts says how the two are read together).
 *
 * The new table starts empty: the rows of an older database keep their `serverVersion`, which
 * stays correct on its own. Frozen once released: never edit; add a new version for later
 * changes.
 */
export const V4_STORES = {
  serverVersions: 'id',
} as const;

/** One acknowledged version: the record's key is `recordId(collection, key)` (lib/sync/queued-edits.ts). */
export interface ServerVersionRow {
  id: string;
  version: number;
}

/**
 * Version 5: acknowledged server versions in pages, one write per sync response (issue 15).
 *
 * Version 4 kept one `serverVersions` row per record whose own change came back from the server
 * exactly as sent. A pushed batch of 500 changes is acknowledged in one response, so applying it
 * made 500 IndexedDB requests, about 40 ms of a 60 ms apply in real Chromium: most of a push
 * round's own work. From version 5 the acknowledgements live in `acknowledgements`, pages of
 * record ids (sorted) with their versions, each keyed by its highest id; pages never overlap,
 * and a batch of new records (ids sort by creation) is one new page (lib/sync/acknowledgement-pages.ts
 * says how pages are found, merged and split; lib/sync/server-versions.ts reads and writes them).
 *
 * The upgrade moves every `serverVersions` row into pages of 500 (in key order, so the pages are
 * sorted and disjoint from the start) and empties that table, which stays declared: a Motive
 * build from version 4 opening this database during a staged rollout finds it (empty), bases its
 * edits on the rows' own, older versions, and the server answers those as conflicts, which are
 * merged: nothing a user wrote is lost. Rows' own `serverVersion` fields are left as they are.
 *
 * Frozen once released: never edit; add a new version for later changes.
 */
import type { Transaction } from 'dexie';

export const V5_STORES = {
  acknowledgements: 'last',
} as const;

/** One page of acknowledged versions (lib/sync/acknowledgement-pages.ts keeps their layout). */
export interface AcknowledgementPage {
  /** The highest id of the page (its key). */
  last: string;
  /** Record ids (`recordId(collection, key)`, lib/sync/queued-edits.ts), ascending. */
  ids: string[];
  /** `versions[i]` is the version `ids[i]` was acknowledged at. */
  versions: number[];
}

const V5_PAGE_SIZE = 500;

export async function upgradeToV5(tx: Transaction): Promise<void> {
  const rows = (await tx.table('serverVersions').toArray()) as { id: string; version: number }[];
  const pages: AcknowledgementPage[] = [];
  for (let from = 0; from < rows.length; from += V5_PAGE_SIZE) {
    const part = rows.slice(from, from + V5_PAGE_SIZE);
    pages.push({ last: part.at(-1)!.id, ids: part.map((r) => r.id), versions: part.map((r) => r.version) });
  }
  await tx.table('acknowledgements').bulkAdd(pages);
  await tx.table('serverVersions').clear();
}

/**
 * How acknowledged versions are laid out in the `acknowledgements` table (schema v5,
 * lib/db/migrations/v5-acknowledgement-pages.ts), decided in memory. Pure: the reads and writes
 * are in server-versions.ts.
 *
 * A page holds record ids, sorted, with their versions, and is keyed by its highest id. Pages
 * never overlap: a record belongs to the page with the smallest key at or above its id, or to no
 * page when its id is above every key. So one key-only read of the table (a few hundred keys for
 * a 100,000-record profile) says which pages to read for any set of records, and each page read
 * is bounded by MAX_PAGE entries.
 *
 * Why pages: a pushed batch of 500 changes comes back acknowledged in one response. One row per
 * record (schema v4's serverVersions) cost 500 IndexedDB requests a response, about 40 ms of a
 * 60 ms apply in real Chromium (issue 15's profile); a batch of new records (ids sort by
 * creation, lib/db/ids.ts) is above every page and becomes one new page: one request.
 */
import type { AcknowledgementPage } from '../db/schema';

export type { AcknowledgementPage };

export interface Acknowledgement {
  id: string;
  version: number;
}

/** Entries of a new page made of records above every page. */
export const PAGE_SIZE = 500;
/** A page that grows past this (edits acknowledged into it) is split into pages of PAGE_SIZE. */
export const MAX_PAGE = 2 * PAGE_SIZE;
/** Records above every page join the last page when fewer than this (one small ack at a time). */
const SMALL_TAIL = PAGE_SIZE / 2;

/** The smallest of `keys` (ascending) at or above `id`: the page `id` belongs to. */
export function pageKeyOf(keys: readonly string[], id: string): string | undefined {
  const i = lowerBound(keys, id);
  return i < keys.length ? keys[i] : undefined;
}

/** The version `page` holds for `id`, if any. */
export function versionIn(page: AcknowledgementPage, id: string): number | undefined {
  const i = lowerBound(page.ids, id);
  return page.ids[i] === id ? page.versions[i] : undefined;
}

/**
 * The pages to read before recording acknowledgements of `ids`: the pages they belong to, and
 * the last page when a few of them are above every page (they join it).
 */
export function pagesToRead(keys: readonly string[], ids: readonly string[]): string[] {
  const read = new Set<string>();
  let tail = 0;
  for (const id of ids) {
    const key = pageKeyOf(keys, id);
    if (key === undefined) tail++;
    else read.add(key);
  }
  const last = keys.at(-1);
  if (tail > 0 && tail < SMALL_TAIL && last !== undefined) read.add(last);
  return [...read];
}

export interface PagesWrite {
  /** Keys of pages replaced by a page with another key. */
  deletes: string[];
  puts: AcknowledgementPage[];
}

/**
 * The page writes that record `acks`. `keys` are every page key (ascending); `pages` holds
 * the pages `pagesToRead` named. A version never goes down: an id acknowledged again keeps
 * the higher of the two.
 */
export function planAcknowledgements(
  keys: readonly string[],
  pages: ReadonlyMap<string, AcknowledgementPage>,
  acks: readonly Acknowledgement[],
): PagesWrite {
  const byPage = new Map<string | undefined, Map<string, number>>();
  for (const { id, version } of acks) {
    const key = pageKeyOf(keys, id);
    const entries = byPage.get(key) ?? new Map<string, number>();
    entries.set(id, Math.max(version, entries.get(id) ?? version));
    byPage.set(key, entries);
  }
  const tail = byPage.get(undefined);
  byPage.delete(undefined);
  const write: PagesWrite = { deletes: [], puts: [] };
  const merged = new Map<string, Map<string, number>>();
  for (const [key, entries] of byPage) merged.set(key!, mergeInto(pageOrFail(pages, key!), entries));
  const last = keys.at(-1);
  const lastPage = last === undefined ? undefined : pages.get(last);
  if (tail !== undefined) {
    const lastEntries = last === undefined ? undefined : (merged.get(last) ?? entriesOf(lastPage));
    if (last !== undefined && lastEntries !== undefined && lastEntries.size + tail.size <= PAGE_SIZE) {
      // The last page takes them and gets their highest id as its key.
      merged.set(last, new Map([...lastEntries, ...tail]));
    } else write.puts.push(...chunks(sortedEntries(tail), PAGE_SIZE));
  }
  for (const [key, entries] of merged) {
    const sorted = sortedEntries(entries);
    const split = sorted.length > MAX_PAGE ? chunks(sorted, PAGE_SIZE) : chunks(sorted, sorted.length);
    write.puts.push(...split);
    write.deletes.push(key);
  }
  // A page rewritten under its own key is simply put again.
  const put = new Set(write.puts.map((page) => page.last));
  write.deletes = write.deletes.filter((key) => !put.has(key));
  return write;
}

function pageOrFail(pages: ReadonlyMap<string, AcknowledgementPage>, key: string): AcknowledgementPage {
  const page = pages.get(key);
  if (page === undefined) throw new Error(`acknowledgement page ${JSON.stringify(key)} was not read`);
  return page;
}

function entriesOf(page: AcknowledgementPage | undefined): Map<string, number> | undefined {
  return page === undefined ? undefined : new Map(page.ids.map((id, i) => [id, page.versions[i]!]));
}

function mergeInto(page: AcknowledgementPage, entries: ReadonlyMap<string, number>): Map<string, number> {
  const all = entriesOf(page)!;
  for (const [id, version] of entries) all.set(id, Math.max(version, all.get(id) ?? version));
  return all;
}

function sortedEntries(entries: ReadonlyMap<string, number>): [string, number][] {
  return [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Sorted entries cut into pages of at most `size`. */
function chunks(sorted: readonly [string, number][], size: number): AcknowledgementPage[] {
  const pages: AcknowledgementPage[] = [];
  for (let from = 0; from < sorted.length; from += size) {
    const part = sorted.slice(from, from + size);
    pages.push({ last: part.at(-1)![0], ids: part.map(([id]) => id), versions: part.map(([, v]) => v) });
  }
  return pages;
}

/** The first index of `sorted` whose value is at or above `value` (code-unit order, as IndexedDB's). */
function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

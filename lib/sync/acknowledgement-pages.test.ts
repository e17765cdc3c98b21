/**
 * The page layout of acknowledged versions, in memory: where a record belongs, which pages a
 * write reads, and what it writes (new records make a page of their own; a few join the last
 * page; edits merge into their page, which splits when it grows; a version never goes down).
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_PAGE,
  PAGE_SIZE,
  pageKeyOf,
  pagesToRead,
  planAcknowledgements,
  versionIn,
  type AcknowledgementPage,
} from './acknowledgement-pages';

const id = (i: number) => `notes\u0000n_${String(i).padStart(6, '0')}`;
const page = (from: number, to: number, version = (i: number) => i): AcknowledgementPage => {
  const ids = Array.from({ length: to - from + 1 }, (_, k) => id(from + k));
  return { last: ids.at(-1)!, ids, versions: ids.map((_, k) => version(from + k)) };
};
const acks = (from: number, to: number, version = (i: number) => 1000 + i) =>
  Array.from({ length: to - from + 1 }, (_, k) => ({ id: id(from + k), version: version(from + k) }));
const keysOf = (pages: AcknowledgementPage[]) => pages.map((p) => p.last);
const mapOf = (pages: AcknowledgementPage[]) => new Map(pages.map((p) => [p.last, p]));
/** Every page as [first id's number, last id's number, size]. */
const shape = (pages: AcknowledgementPage[]) =>
  pages.map((p) => [Number(p.ids[0]!.slice(-6)), Number(p.last.slice(-6)), p.ids.length]);

describe('where a record belongs', () => {
  const keys = [id(10), id(20)];
  it.each([
    ['below the first key', id(3), id(10)],
    ['a key itself', id(10), id(10)],
    ['between two keys', id(15), id(20)],
    ['above every key: no page', id(21), undefined],
  ])('%s', (_case, record, key) => {
    expect(pageKeyOf(keys, record)).toBe(key);
  });

  it('reads a version by binary search, and none for an id the page lacks', () => {
    const p = { last: id(9), ids: [id(1), id(5), id(9)], versions: [11, 15, 19] };
    expect([id(1), id(5), id(9), id(4)].map((i) => versionIn(p, i))).toEqual([11, 15, 19, undefined]);
  });
});

describe('which pages a write reads', () => {
  const pages = [page(0, 499), page(500, 999)];
  it.each([
    ['a batch of new records (above every page): none', acks(1000, 1499), []],
    ['a few new records: the last page, which they join', acks(1000, 1002), [id(999)]],
    [
      'edits of older records: the pages they belong to',
      [...acks(3, 3), ...acks(700, 700)],
      [id(499), id(999)],
    ],
  ])('%s', (_case, written, read) => {
    expect(
      pagesToRead(
        keysOf(pages),
        written.map((a) => a.id),
      ).sort(),
    ).toEqual(read);
  });
});

describe('what a write writes', () => {
  it('a batch of new records is one new page, whatever the pages before', () => {
    const before = [page(0, 499)];
    const write = planAcknowledgements(keysOf(before), new Map(), acks(500, 999));
    expect(write.deletes).toEqual([]);
    expect(shape(write.puts)).toEqual([[500, 999, 500]]);
  });

  it('more new records than a page holds are cut into pages of PAGE_SIZE', () => {
    const write = planAcknowledgements([], new Map(), acks(0, PAGE_SIZE * 2 + 9));
    expect(shape(write.puts)).toEqual([
      [0, 499, 500],
      [500, 999, 500],
      [1000, 1009, 10],
    ]);
  });

  it('a few new records join the last page, which gets a new key (the old one is deleted)', () => {
    const before = [page(0, 9)];
    const write = planAcknowledgements(keysOf(before), mapOf(before), acks(10, 12));
    expect(write.deletes).toEqual([id(9)]);
    expect(shape(write.puts)).toEqual([[0, 12, 13]]);
  });

  it('an edit of an older record is merged into its page under the same key, at the higher version', () => {
    const before = [page(0, 499), page(500, 999)];
    const write = planAcknowledgements(keysOf(before), mapOf(before), [
      { id: id(7), version: 5000 },
      { id: id(8), version: 2 }, // acknowledged at 8 before: an older answer never lowers it
    ]);
    expect(write.deletes).toEqual([]);
    expect(shape(write.puts)).toEqual([[0, 499, 500]]);
    expect([id(7), id(8)].map((i) => versionIn(write.puts[0]!, i))).toEqual([5000, 8]);
  });

  it('a page grown past MAX_PAGE (records between its ids) splits into pages of PAGE_SIZE', () => {
    const even = (n: number) => Array.from({ length: n }, (_, k) => id(2 * k));
    const before: AcknowledgementPage[] = [
      { last: id(2 * (MAX_PAGE - 1)), ids: even(MAX_PAGE), versions: even(MAX_PAGE).map(() => 1) },
    ];
    const odd = Array.from({ length: 3 }, (_, k) => ({ id: id(2 * k + 1), version: 9 }));
    const write = planAcknowledgements(keysOf(before), mapOf(before), odd);
    expect(write.puts.map((p) => p.ids.length)).toEqual([500, 500, 3]);
    expect(write.puts.at(-1)!.last).toBe(before[0]!.last);
    expect(write.deletes).toEqual([]);
    const all = write.puts.flatMap((p) => p.ids);
    expect(all).toEqual([...all].sort());
  });
});

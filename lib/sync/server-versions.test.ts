/**
 * What acknowledged versions cost in IndexedDB requests (counted, never timed) in a profile with
 * 100,000 acknowledged records: a pushed batch of new records is one write; reading a batch's
 * versions is one key-only query and the page or two they are in; an edit of an old record
 * rewrites its one page.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropDatabase, openTallied, type Tally } from '../db/request-tally';
import { MotiveDatabase } from '../db/schema';
import { acknowledgedVersions, recordAcknowledgements } from './server-versions';

const id = (i: number) => `notes\u0000n_${String(i).padStart(6, '0')}`;
const RECORDS = 100_000;
const BATCH = 500;

let db: MotiveDatabase;
let tally: Tally;

beforeEach(async () => ({ db, tally } = await openTallied('server-versions')));
afterEach(() => dropDatabase(db));

const record = (acks: { id: string; version: number }[]) =>
  db.transaction('rw', db.acknowledgements, () => recordAcknowledgements(db, acks));
const batch = (from: number) =>
  Array.from({ length: BATCH }, (_, k) => ({ id: id(from + k), version: from + k + 1 }));

describe('acknowledged versions at 100,000 records', () => {
  beforeEach(async () => {
    for (let from = 0; from < RECORDS; from += BATCH) await record(batch(from));
  });

  it('wrote one page per pushed batch of new records, reading none', () => {
    expect(tally.get('acknowledgements put')).toBe(RECORDS / BATCH);
    expect(tally.get('acknowledgements read') ?? 0).toBe(0);
  });

  it('reads a batch of versions with one key query and the pages holding them', async () => {
    tally.clear();
    const ids = Array.from({ length: BATCH }, (_, k) => id(40_250 + k));
    const versions = await acknowledgedVersions(db, [...ids, id(RECORDS + 5)]);
    expect(ids.every((i, k) => versions.get(i) === 40_250 + k + 1)).toBe(true);
    expect(versions.has(id(RECORDS + 5))).toBe(false);
    expect(tally.get('acknowledgements query')).toBe(1);
    expect(tally.get('acknowledgements read')).toBe(2);
  });

  it('an old record acknowledged again rewrites its one page, at the higher version', async () => {
    tally.clear();
    await record([{ id: id(123), version: 900_000 }]);
    expect(tally.get('acknowledgements read')).toBe(1);
    expect(tally.get('acknowledgements put')).toBe(1);
    expect(tally.get('acknowledgements delete') ?? 0).toBe(0);
    expect((await acknowledgedVersions(db, [id(123), id(124)])).get(id(123))).toBe(900_000);
  });
});

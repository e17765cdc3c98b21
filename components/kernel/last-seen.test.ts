import { describe, expect, it } from 'vitest';
import type { AccountRow } from '@/lib/db/schema';
import type { AccountRecords } from './account-records';
import { LAST_SEEN_MAX_CHARS, readLastSeen, savedCopySource, writeLastSeen } from './last-seen';

/** A Storage stand-in (the real one is shared by the whole test file's window). */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, v),
  };
}

const records = (id: string, note = ''): AccountRecords => ({
  account: { id, name: `Account ${id}${note}`, deleted: 0 } as unknown as AccountRow,
  people: [],
  evidence: [],
  snapshots: [],
});

describe('last-seen account copy', () => {
  it('gives back the kept records of the same account, as a source marked as the saved copy', () => {
    const storage = memoryStorage();
    const kept = records('a1');
    writeLastSeen(storage, 'a1', kept);
    expect(readLastSeen(storage, 'a1')).toEqual(kept);
    expect(savedCopySource(storage, 'a1')).toEqual({ records: kept, fromSavedCopy: true });
    expect(savedCopySource(storage, 'a2')).toBeUndefined();
  });

  it.each([
    ['another account was kept', (s: Storage) => writeLastSeen(s, 'a2', records('a2'))],
    ['nothing was kept', () => undefined],
    [
      'the account was deleted after it was kept',
      (s: Storage) => {
        writeLastSeen(s, 'a1', records('a1'));
        writeLastSeen(s, 'a1', null);
      },
    ],
    [
      'the account grew past the size limit',
      (s: Storage) => {
        writeLastSeen(s, 'a1', records('a1'));
        writeLastSeen(s, 'a1', records('a1', 'x'.repeat(LAST_SEEN_MAX_CHARS)));
      },
    ],
    ['the stored copy is corrupt', (s: Storage) => s.setItem('motive:last-seen-account', 'a1\n{not json')],
  ])('gives nothing when %s', (_case, arrange) => {
    const storage = memoryStorage();
    arrange(storage);
    expect(readLastSeen(storage, 'a1')).toBeUndefined();
  });

  it('keeps another account’s copy when a missing account is reported', () => {
    const storage = memoryStorage();
    writeLastSeen(storage, 'a2', records('a2'));
    writeLastSeen(storage, 'a1', null);
    expect(readLastSeen(storage, 'a2')?.account.id).toBe('a2');
  });

  it.each([
    ['no storage', undefined],
    [
      'a storage that throws',
      {
        getItem: () => {
          throw new Error('blocked');
        },
        setItem: () => {
          throw new Error('quota');
        },
      } as unknown as Storage,
    ],
  ])('never throws with %s', (_case, storage) => {
    expect(() => writeLastSeen(storage, 'a1', records('a1'))).not.toThrow();
    expect(readLastSeen(storage, 'a1')).toBeUndefined();
  });
});

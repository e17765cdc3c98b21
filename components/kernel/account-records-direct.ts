/**
 * The open account's records read straight from IndexedDB, without Dexie: a cold panel (no
 * last-seen copy of this account) reads them while Dexie, which is not in the first bundle,
 * would still be loading. The same answer as `readAccountRecords`, from the same frozen
 * stores and indexes (lib/db/schema.ts; a test holds the two readers to the same answer);
 * anything unexpected (a missing store or index, an error) answers `undefined`, and the
 * caller falls back to the Dexie read. Read-only, and the connection closes at once, so a
 * later schema upgrade is never blocked by it.
 */
import type { AccountRow, DiagnosisRow, EvidenceRow, PersonRow } from '@/lib/db/schema';
import type { AccountRecords } from './account-records';
// Dependency-free at run time (type imports only), so the cold path stays free of Dexie.
import { byCodeUnits } from '@/lib/db/account-reads';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function open(factory: IDBFactory, name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name);
    // No database yet: creating one here would get in Dexie's way; abort, so nothing is made.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = (event) => {
      event.preventDefault();
      if (req.error?.name === 'AbortError') resolve(undefined);
      else reject(req.error ?? new Error('IndexedDB open failed'));
    };
    req.onblocked = () => resolve(undefined);
  });
}

/**
 * `null`: no such live account; `undefined`: could not read it this way (no database yet,
 * another schema version, an error).
 */
export async function readAccountRecordsDirect(
  accountId: string,
  name = 'motive',
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<AccountRecords | null | undefined> {
  if (!factory) return undefined;
  let db: IDBDatabase | undefined;
  try {
    db = await open(factory, name);
    if (!db) return undefined;
    const tx = db.transaction(['accounts', 'people', 'evidence', 'diagnoses'], 'readonly');
    const [account, people, evidence, snapshots] = await Promise.all([
      request(tx.objectStore('accounts').get(accountId)) as Promise<AccountRow | undefined>,
      request(tx.objectStore('people').index('accountId').getAll(accountId)) as Promise<PersonRow[]>,
      request(tx.objectStore('evidence').index('accountId').getAll(accountId)) as Promise<EvidenceRow[]>,
      request(
        tx
          .objectStore('diagnoses')
          .index('[accountId+at]')
          .getAll(IDBKeyRange.bound([accountId, ''], [accountId, '\uffff'], false, true)),
      ) as Promise<DiagnosisRow[]>,
    ]);
    if (!account || account.deleted === 1) return null;
    return {
      account,
      people: people.filter((p) => p.deleted === 0).sort(byCodeUnits((p) => p.name)),
      evidence: evidence.filter((e) => e.deleted === 0).sort(byCodeUnits((e) => e.at)),
      snapshots: snapshots.filter((d) => d.deleted === 0),
    };
  } catch {
    return undefined;
  } finally {
    db?.close();
  }
}

/**
 * Version 3: the account finder searches an index instead of walking one (issue 15).
 *
 * Version 2 found accounts with `where('name').startsWithIgnoreCase(term)`: a cursor that
 * steps through the name index trying each casing, one IndexedDB round trip per step. Version
 * 3 keeps each account's folded name in `nameLower` (local-fields.ts, `accountNameKey`) and
 * indexes it, so a prefix typed in any case is one range read. The sample account also gets
 * `sample: 1` (a sparse index: IndexedDB cannot index a boolean, and rows without the field stay
 * out of it), so the first-run screen finds it without walking every account. The upgrade fills
 * both in on every account row, tombstones included (a later undelete through sync keeps them),
 * with the same builder every write uses, so an upgraded row and a newly written one agree.
 *
 * Frozen once released: never edit; add a new version for later changes.
 */
import type { Transaction } from 'dexie';
import { localFieldsOf } from '../local-fields';

export const V3_STORES = {
  accounts: 'id, name, domain, *crmKeys, updatedAt, deleted, nameLower, sample',
} as const;

export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table('accounts')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      Object.assign(row, localFieldsOf('accounts', row));
    });
}

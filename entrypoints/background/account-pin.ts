/**
 * The rep's manual account choice, kept in the `syncState` table (local bookkeeping, never
 * synced) so a restarted service worker still has it, and it holds across tabs until cleared.
 */
import type { AccountPin } from '@/lib/domain/account-resolution';
import type { MotiveDatabase } from '@/lib/db/schema';

const PIN_KEY = 'account-pin';

function isPin(value: unknown): value is AccountPin {
  const v = value as Partial<AccountPin> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.accountId === 'string' &&
    (v.tabId === null || typeof v.tabId === 'number')
  );
}

/** The stored pin, or undefined (a malformed row is ignored, not trusted). */
export async function readPin(db: MotiveDatabase): Promise<AccountPin | undefined> {
  const row = await db.syncState.get(PIN_KEY);
  return isPin(row?.value) ? row.value : undefined;
}

/** Stores the pin, or clears it with null. */
export async function writePin(db: MotiveDatabase, pin: AccountPin | null): Promise<void> {
  if (pin === null) await db.syncState.delete(PIN_KEY);
  else await db.syncState.put({ key: PIN_KEY, value: pin });
}

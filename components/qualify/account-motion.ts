import type { Account } from '@/lib/domain/records';
import { chooseMotion } from '@/lib/domain/segment/choose-motion';
import type { Motion } from '@/lib/domain/vocabulary';

/** The account's motion: set by the rep, else chosen from its segment inputs, else unknown. */
export function accountMotion(account: Pick<Account, 'motion' | 'segment'>): Motion | undefined {
  return (
    account.motion ??
    (Object.keys(account.segment).length > 0 ? chooseMotion(account.segment).motion : undefined)
  );
}

/**
 * The motion the panel works with for an account: the one the rep set by hand, else the one
 * its segment inputs call for, else none (nothing known yet, so nothing is assumed).
 */
import type { Account } from '../records';
import type { Motion } from '../vocabulary';
import { chooseMotion } from './choose-motion';

export function effectiveMotion(account: Pick<Account, 'motion' | 'segment'>): Motion | undefined {
  if (account.motion) return account.motion;
  // Any segment answer at all lets the vote speak; an empty segment is "not asked yet".
  return Object.keys(account.segment).length > 0 ? chooseMotion(account.segment).motion : undefined;
}

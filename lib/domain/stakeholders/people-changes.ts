/**
 * Who changed on the stakeholder map since the account was won, for renewal prep. Pure.
 */
import type { Account, Diagnosis, Person } from '../records';
import { peopleAtSale } from './people-at-sale';
import { compareStakeholders } from './stakeholder-changes';
import { AFTER_SALE_STAGES, type Stage } from '../vocabulary';

export interface PeopleChanges {
  since: string | null;
  /** People added after `since` (not in the group the sale's snapshot recorded). */
  joined: ReadonlySet<string>;
  /**
   * People already there whose stance, influence or roles differ from the sale's snapshot.
   */
  updated: ReadonlySet<string>;
  /** True when a roster of the group at the sale exists: without one nothing is compared. */
  baseline: boolean;
}

const YEAR_MS = 365 * 86_400_000;
/** Stages of a won account: moving into one of them is the sale. */
export const AFTER_SALE: readonly Stage[] = AFTER_SALE_STAGES;

/**
 * When the account was won, as well as the panel can tell: a year before the next renewal
 * date; else the first snapshot taken after the sale (an onboarding-or-later stage); else the
 * first snapshot at all; else null (nothing to compare with).
 */
export function saleMoment(
  account: Pick<Account, 'renewalDate'>,
  snapshots: readonly Pick<Diagnosis, 'at' | 'stage'>[],
): string | null {
  if (account.renewalDate) return new Date(Date.parse(account.renewalDate) - YEAR_MS).toISOString();
  const ordered = [...snapshots].sort((a, b) => a.at.localeCompare(b.at));
  return (ordered.find((s) => s.stage && AFTER_SALE.includes(s.stage)) ?? ordered[0])?.at ?? null;
}

export function peopleChanges(
  account: Pick<Account, 'id' | 'renewalDate'>,
  people: readonly Person[],
  snapshots: readonly Pick<Diagnosis, 'at' | 'stage' | 'people'>[],
): PeopleChanges {
  const since = saleMoment(account, snapshots);
  if (since === null) return { since, joined: new Set(), updated: new Set(), baseline: false };
  const atSale = peopleAtSale(snapshots, since, people, account.id);
  if (atSale) {
    const { added, changed } = compareStakeholders(atSale, people);
    return {
      since,
      joined: new Set(added.map((p) => p.id)),
      updated: new Set(changed.map((c) => c.person.id)),
      baseline: true,
    };
  }
  // No roster of the sale: guessing from createdAt flagged everyone on a new account as
  // "joined since the sale". Without a baseline nothing is flagged; the brief offers to record one.
  return { since, joined: new Set(), updated: new Set(), baseline: false };
}

/** Are the right people engaged? Blockers left alone, silent attendees, split enthusiasm. */
import { daysSinceContact, hasRole, names, stanceRank } from '../people-facts';
import type { StakeholderRule } from '../types';

/** A blocker or an influential sceptic nobody has spoken to lately. */
export const blockerNotEngaged: StakeholderRule = (ctx) => {
  const stale = ctx.staleAfterDays ?? 30;
  return ctx.people
    .filter(
      (p) =>
        p.stance === 'blocker' || hasRole(p, 'blocker') || (p.stance === 'sceptic' && p.influence === 'high'),
    )
    .filter((p) => daysSinceContact(p, ctx.now) > stale)
    .map((p) => {
      const never = !p.lastContactAt;
      return {
        id: `blocker-not-engaged:${p.id}`,
        rule: 'blocker-not-engaged' as const,
        severity: p.influence === 'low' ? ('medium' as const) : ('high' as const),
        personIds: [p.id],
        message: `${p.name} could stop this and ${never ? 'has never been contacted' : `has not been contacted for ${Math.floor(daysSinceContact(p, ctx.now))} days`}.`,
        action: `Meet ${p.name} one-to-one: ask what went wrong last time and what would have to be true for them to support it.`,
      };
    });
};

/**
 * Present but silent: seen in several meetings or on CC without speaking or writing. The quiet
 * ones are often the people who have watched similar projects fail (seed 000).
 */
export const quietPresence: StakeholderRule = (ctx) =>
  ctx.people
    .filter((p) => p.presence.meetings >= 3 && p.presence.spoke / p.presence.meetings <= 0.1)
    .map((p) => ({
      id: `quiet-presence:${p.id}`,
      rule: 'quiet-presence' as const,
      severity: p.influence === 'high' || stanceRank(p.stance) <= 1 ? ('high' as const) : ('medium' as const),
      personIds: [p.id],
      message: `${p.name} has been in ${p.presence.meetings} meetings or threads and almost never spoken: silence is not agreement.`,
      action: `Ask ${p.name} directly, outside the group, what concerns them and what they would need to see.`,
    }));

/**
 * Daily users love it while the people holding the budget are lukewarm: the users see the
 * relief, the budget holder sees only a cost.
 */
export const enthusiasmVsCost: StakeholderRule = (ctx) => {
  const fans = ctx.people.filter((p) => hasRole(p, 'daily-user') && stanceRank(p.stance) >= 3);
  const holders = ctx.people.filter(
    (p) =>
      (hasRole(p, 'economic-buyer') || hasRole(p, 'finance-approver')) &&
      stanceRank(p.stance) <= 2 &&
      !fans.includes(p),
  );
  if (fans.length === 0 || holders.length === 0) return [];
  return [
    {
      id: `enthusiasm-vs-cost:${holders.map((p) => p.id).join('+')}`,
      rule: 'enthusiasm-vs-cost',
      severity: holders.some((p) => p.stance !== 'neutral') ? 'high' : 'medium',
      personIds: [...fans, ...holders].map((p) => p.id),
      message: `${names(fans)} ${fans.length > 1 ? 'are' : 'is'} keen, but ${names(holders)} still ${holders.length > 1 ? 'see' : 'sees'} mostly a cost.`,
      action: `Turn what the users gain into ${names(holders)}'s terms: hours, errors or risk removed, with a number they can check.`,
    },
  ];
};

/**
 * Deal-risk rules about time: no agreed next step since the last conversation, no activity
 * for longer than the motion's normal cycle, and a buyer gone quiet in a thread.
 */
import { MOTION_PROFILES } from '../segment/motion-profiles';
import { cutText } from '../text';
import { commitmentsIn } from './commitments';
import type { DealRiskContext, DealRiskRuleFn } from './types';

const DAY_MS = 86_400_000;
const day = (iso: string) => iso.slice(0, 10);
const daysBetween = (from: string, now: Date | string) =>
  Math.floor((new Date(now).getTime() - Date.parse(from)) / DAY_MS);
const newest = (times: (string | undefined)[]) =>
  times
    .filter((t): t is string => !!t && !Number.isNaN(Date.parse(t)))
    .sort()
    .at(-1);

/** The motion's normal cycle in days; unknown motions take the sales-assisted pace. */
export const cycleDays = (ctx: Pick<DealRiskContext, 'motion'>) =>
  MOTION_PROFILES[ctx.motion ?? 'sales-assisted'].normalCycleDays;

/** The last time the buyer and the seller talked: call/meeting notes and call or email quotes. */
function lastConversation(ctx: DealRiskContext): string | undefined {
  return newest([
    ...ctx.notes.filter((n) => n.kind === 'call' || n.kind === 'meeting').map((n) => n.at),
    ...ctx.evidence
      .filter((e) => e.status !== 'rejected' && (e.source === 'caption' || e.source === 'email'))
      .map((e) => e.at),
  ]);
}

export const noNextStep: DealRiskRuleFn = (ctx) => {
  const last = lastConversation(ctx);
  if (!last) return [];
  // Notes written the day of the last conversation or after (a recap comes minutes later).
  const since = ctx.notes.filter((n) => day(n.at) >= day(last));
  if (commitmentsIn(since).length > 0) return [];
  return [
    {
      id: 'no-next-step',
      rule: 'no-next-step',
      severity: 'high',
      message: 'No next step agreed since the last conversation.',
      evidence: [
        `Last conversation: ${day(last)}.`,
        since.length === 0
          ? 'No note written since.'
          : `${since.length} note(s) since, none with a next step.`,
      ],
      action: 'Agree a dated next step with the buyer and write it in a call note.',
    },
  ];
};

export const noActivity: DealRiskRuleFn = (ctx) => {
  const last = newest([
    ...ctx.notes.map((n) => n.at),
    ...ctx.evidence.filter((e) => e.status !== 'rejected').map((e) => e.at),
    ...ctx.people.map((p) => p.lastContactAt),
    ...(ctx.threads ?? []).flatMap((t) => t.messages.map((m) => m.at)),
  ]);
  if (!last) return [];
  const days = daysBetween(last, ctx.now);
  const cycle = cycleDays(ctx);
  if (days <= cycle) return [];
  return [
    {
      id: 'no-activity',
      rule: 'no-activity',
      severity: days > 2 * cycle ? 'high' : 'medium',
      message: `No activity for ${days} days, longer than this motion’s normal ${cycle}-day cycle.`,
      evidence: [
        `Last activity: ${day(last)}.`,
        `Motion: ${MOTION_PROFILES[ctx.motion ?? 'sales-assisted'].name}${ctx.motion ? '' : ' (assumed: not set)'}.`,
      ],
      action:
        'Reach out with something useful to them (a quote of theirs, a proof point), not a “checking in”.',
    },
  ];
};

export const buyerQuiet: DealRiskRuleFn = (ctx) =>
  (ctx.threads ?? []).flatMap((thread) => {
    const dated = thread.messages.filter((m) => m.at && !Number.isNaN(Date.parse(m.at)));
    const lastSeller = newest(dated.filter((m) => m.side === 'seller').map((m) => m.at));
    const lastBuyer = newest(dated.filter((m) => m.side === 'buyer').map((m) => m.at));
    // Quiet: our message is the newest and has waited longer than half the normal cycle.
    const wait = Math.ceil(cycleDays(ctx) / 2);
    if (!lastSeller || (lastBuyer && lastBuyer >= lastSeller) || daysBetween(lastSeller, ctx.now) <= wait)
      return [];
    const subject = cutText(thread.subject, 120, { ellipsis: true });
    return [
      {
        id: `buyer-quiet:${subject}`,
        rule: 'buyer-quiet' as const,
        severity: 'medium' as const,
        message: `The buyer has gone quiet in “${subject}”.`,
        evidence: [
          lastBuyer ? `Last buyer reply: ${day(lastBuyer)}.` : 'No buyer reply in this thread.',
          `Your last message: ${day(lastSeller)}, ${daysBetween(lastSeller, ctx.now)} days ago.`,
        ],
        action: 'Try another person of the buying group or another channel; ask one easy question.',
      },
    ];
  });

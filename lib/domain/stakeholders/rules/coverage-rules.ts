/** Is the buying group covered? Missing roles and single-threading. */
import { EARLY, POST_SALE, hasRole, isEngaged } from '../people-facts';
import type { StakeholderRule, WarningSeverity } from '../types';
import type { Stage } from '../../vocabulary';

const severityByStage = (stage: Stage, early: WarningSeverity, late: WarningSeverity): WarningSeverity =>
  EARLY.includes(stage) ? early : late;

/** Nobody mapped at all, or every conversation runs through one person. */
export const singleThreaded: StakeholderRule = (ctx) => {
  if (ctx.people.length === 0) {
    return [
      {
        id: 'no-stakeholders',
        rule: 'no-stakeholders',
        severity: severityByStage(ctx.stage, 'medium', 'high'),
        personIds: [],
        message: 'Nobody is mapped on this account yet.',
        action: 'Add the person you are talking to, then ask who else feels the problem and who signs.',
      },
    ];
  }
  const engaged = ctx.people.filter((p) => isEngaged(p, ctx));
  if (engaged.length > 1) return [];
  const only = engaged[0] ?? ctx.people[0]!;
  return [
    {
      id: 'single-threaded',
      rule: 'single-threaded',
      severity: severityByStage(ctx.stage, 'medium', 'high'),
      personIds: [only.id],
      message: `Every recent conversation runs through ${only.name}; if they go quiet or leave, the deal goes with them.`,
      action: `Ask ${only.name} to bring one more person to the next call: ideally whoever owns the budget or feels the pain daily.`,
    },
  ];
};

/** No one holds the budget in our map. */
export const noEconomicBuyer: StakeholderRule = (ctx) => {
  if (ctx.people.length === 0 || ctx.people.some((p) => hasRole(p, 'economic-buyer'))) return [];
  const severity: WarningSeverity =
    ctx.stage === 'discovery'
      ? 'low'
      : EARLY.includes(ctx.stage) || POST_SALE.includes(ctx.stage)
        ? 'medium'
        : 'high';
  return [
    {
      id: 'no-economic-buyer',
      rule: 'no-economic-buyer',
      severity,
      personIds: [],
      message: 'No economic buyer is identified: nobody on the map can say yes to the spend.',
      action: 'Ask whose budget this comes from and how a decision of this size gets approved.',
    },
  ];
};

/** A proposal (or a renewal/expansion quote) with no finance approver on the map. */
export const noFinanceApprover: StakeholderRule = (ctx) => {
  const commercial = ctx.stage === 'proposal' || ctx.stage === 'renewal' || ctx.stage === 'expansion';
  if (!commercial || ctx.people.some((p) => hasRole(p, 'finance-approver'))) return [];
  return [
    {
      id: 'no-finance-approver',
      rule: 'no-finance-approver',
      severity: ctx.stage === 'proposal' ? 'high' : 'medium',
      personIds: [],
      message: `The deal is at ${ctx.stage} but no finance approver is on the map; pricing may meet its first real test late.`,
      action:
        'Find out who in finance reviews this spend and offer them the numbers before the proposal lands.',
    },
  ];
};

/** From evaluation onwards, someone has to carry the deal inside. */
export const noChampion: StakeholderRule = (ctx) => {
  if (ctx.people.length === 0 || EARLY.includes(ctx.stage) || POST_SALE.includes(ctx.stage)) return [];
  if (ctx.people.some((p) => hasRole(p, 'champion') || p.stance === 'champion')) return [];
  return [
    {
      id: 'no-champion',
      rule: 'no-champion',
      severity: 'medium',
      personIds: [],
      message: 'Nobody is championing this internally: the deal moves only when we push it.',
      action:
        'Look for the person who gains most from the change and give them a reason and the tools to lead it.',
    },
  ];
};

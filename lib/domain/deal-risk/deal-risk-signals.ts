/**
 * Deal-risk signals (issue 16): risks beyond the buying group, listed after the stakeholder
 * warnings, most severe first. Pure: the clock comes in `ctx.now`.
 */
import { buyerQuiet, noActivity, noNextStep } from './activity-rules';
import { criteriaUnknown, pricingNotDiscussed, unansweredQuestion } from './content-rules';
import type { DealRiskContext, DealRiskRuleFn, DealRiskSignal } from './types';

export const DEAL_RISK_RULES: readonly DealRiskRuleFn[] = [
  noNextStep,
  criteriaUnknown,
  pricingNotDiscussed,
  buyerQuiet,
  unansweredQuestion,
  noActivity,
];

const ORDER = { high: 0, medium: 1, low: 2 } as const;

export function dealRiskSignals(ctx: DealRiskContext): DealRiskSignal[] {
  return DEAL_RISK_RULES.flatMap((rule) => rule(ctx))
    .map((signal, i) => ({ signal, i }))
    .sort((a, b) => ORDER[a.signal.severity] - ORDER[b.signal.severity] || a.i - b.i)
    .map(({ signal }) => signal);
}

/**
 * The one-pager a champion forwards to their approvers: a CUSTOMER document, kept apart from
 * the team's briefs. Every line comes from the customer's own answers, the account's fields
 * or quotes the rep confirmed; where nothing does, a visible [prompt] tells the rep what to
 * write. It never borrows the motivation catalogue's wording (that is diagnosis language,
 * "They are convinced but cannot move alone…", for the team only).
 */
import type { Account, Evidence } from '../domain/records';
import { slotFacts } from '../playbook/slots';

export interface CustomerOnePager {
  title: string;
  problem: string;
  outcome: string;
  whyNow: string;
  measure: string;
  /** What the champion can forward as proof (labels written for a reader, never ids). */
  proof: string[];
  ask: string;
}

const DEFAULT_ASK = 'Approve the proposal and name who owns the rollout on our side.';

/** What the champion asks their approvers for, by where the deal is. */
const ASK_BY_STAGE: Partial<Record<Account['stage'], string>> = {
  discovery: 'Agree to a short evaluation with one clear success check.',
  qualification: 'Agree to a short evaluation with one clear success check.',
  evaluation: 'Agree to a pilot measured against the number above, with a decision date.',
  proposal: DEFAULT_ASK,
  renewal: 'Approve the renewal and the goal for next year.',
  expansion: 'Approve extending this to the next team, on the same terms and measure.',
};

export function buildCustomerOnePager(input: {
  account: Pick<Account, 'name' | 'stage' | 'discovery' | 'successMetric' | 'renewalDate'>;
  evidence: readonly Evidence[];
  proof: readonly string[];
}): CustomerOnePager {
  const { account } = input;
  const answer = (id: string) => account.discovery[id]?.trim() ?? '';
  const facts = slotFacts({ account, evidence: input.evidence });
  const goal = answer('achieve');
  return {
    title: `${account.name}: ${goal || 'the case for change'}`,
    problem:
      answer('their-words') || answer('pain') || facts.pain_quote || '[the problem, in the team’s own words]',
    outcome: goal || '[the outcome the team expects]',
    whyNow: answer('act-now') || answer('pressure') || '[what waiting another quarter would cost]',
    measure: account.successMetric?.trim() || answer('success') || '[one number that shows it worked]',
    proof: [...input.proof],
    ask: ASK_BY_STAGE[account.stage] ?? DEFAULT_ASK,
  };
}

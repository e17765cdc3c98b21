/**
 * Stakeholder analysis (product.md "Stakeholders"): runs every rule over the map and returns
 * the warnings, most severe first.
 */
import { noChampion, noEconomicBuyer, noFinanceApprover, singleThreaded } from './rules/coverage-rules';
import { blockerNotEngaged, enthusiasmVsCost, quietPresence } from './rules/engagement-rules';
import { championWithoutArtefacts, reportsToProblems } from './rules/structure-rules';
import type { StakeholderContext, StakeholderRule, StakeholderWarning, WarningSeverity } from './types';

/** Every rule, in the order warnings of equal severity are listed. */
export const STAKEHOLDER_RULES: readonly StakeholderRule[] = [
  singleThreaded,
  noEconomicBuyer,
  blockerNotEngaged,
  quietPresence,
  enthusiasmVsCost,
  championWithoutArtefacts,
  noFinanceApprover,
  noChampion,
  reportsToProblems,
];

const SEVERITY_ORDER: Record<WarningSeverity, number> = { high: 0, medium: 1, low: 2 };

/** All warnings for the map, high severity first, rule order within a severity. */
export function analyseStakeholders(ctx: StakeholderContext): StakeholderWarning[] {
  const warnings = STAKEHOLDER_RULES.flatMap((rule) => rule(ctx));
  return warnings
    .map((w, i) => ({ w, i }))
    .sort((a, b) => SEVERITY_ORDER[a.w.severity] - SEVERITY_ORDER[b.w.severity] || a.i - b.i)
    .map(({ w }) => w);
}

/**
 * The experience-fit check (seed 002): can we deliver the appropriate experience economically
 * for what this customer is expected to be worth? If not, say so plainly: raise the price, or
 * do not sign — never sign them into an experience that is wrong for them.
 */
import type { SegmentInputs } from '../records';
import {
  appropriateExperience,
  COVERAGE_PROFILES,
  ONBOARDING_COST,
  type AppropriateExperience,
  type Coverage,
} from './appropriate-experience';

export interface ExperienceAssumptions {
  /** Years the expected value is earned over (default 3). */
  lifetimeYears: number;
  /** Highest share of the expected value that serving the account may cost (default 0.3). */
  maxCostShare: number;
  /** Largest price rise worth proposing, as a multiple of the expected value (default 2: double). */
  maxPriceMultiple: number;
  annualCost: Record<Coverage, number>;
  onboardingCost: Record<NonNullable<SegmentInputs['implementationEffort']>, number>;
}

export const DEFAULT_ASSUMPTIONS: ExperienceAssumptions = {
  lifetimeYears: 3,
  maxCostShare: 0.3,
  maxPriceMultiple: 2,
  annualCost: Object.fromEntries(
    Object.values(COVERAGE_PROFILES).map((p) => [p.coverage, p.annualCost]),
  ) as Record<Coverage, number>,
  onboardingCost: ONBOARDING_COST,
};

export type FitVerdict = 'fit' | 'raise-price' | 'do-not-sign' | 'unknown';

export interface ExperienceFit {
  verdict: FitVerdict;
  experience: AppropriateExperience;
  /** Cost to serve over the lifetime: onboarding + yearly coverage × years. */
  costToServe: number;
  expectedValue?: number;
  /** costToServe / expectedValue. */
  costShare?: number;
  /** The expected value at which the appropriate experience becomes affordable. */
  minimumValue: number;
  /** One plain sentence for the panel. */
  headline: string;
  reasons: string[];
}

/** Checks whether the appropriate experience can be served for the expected value. */
export function checkExperienceFit(
  inputs: SegmentInputs,
  overrides: Partial<ExperienceAssumptions> = {},
): ExperienceFit {
  const a = { ...DEFAULT_ASSUMPTIONS, ...overrides };
  const experience = appropriateExperience(inputs);
  const onboarding = a.onboardingCost[inputs.implementationEffort ?? 'self-serve'];
  const costToServe = onboarding + a.annualCost[experience.coverage] * a.lifetimeYears;
  const minimumValue = Math.ceil(costToServe / a.maxCostShare);
  const reasons = [
    `${experience.profile.name} is the appropriate experience: ${experience.reasons.join('; ')}.`,
    `Serving it costs about ${fmt(costToServe)} over ${a.lifetimeYears} years (onboarding ${fmt(onboarding)} + ${fmt(a.annualCost[experience.coverage])} a year).`,
  ];
  const base = { experience, costToServe, minimumValue, reasons };
  const value = inputs.expectedValue;
  if (value === undefined) {
    return {
      ...base,
      verdict: 'unknown',
      headline: 'Expected value unknown: ask what this account is worth before judging fit.',
    };
  }
  const costShare = value === 0 ? Infinity : costToServe / value;
  reasons.push(
    `That is ${pct(costShare)} of the expected value ${fmt(value)}; the ceiling is ${pct(a.maxCostShare)}.`,
  );
  const result = { ...base, expectedValue: value, costShare };
  if (costShare <= a.maxCostShare) {
    return {
      ...result,
      verdict: 'fit',
      headline: `Fit: ${experience.profile.name.toLowerCase()} can be served profitably at this value.`,
    };
  }
  if (minimumValue <= value * a.maxPriceMultiple) {
    reasons.push(`At ${fmt(minimumValue)} or more the right experience pays for itself.`);
    return {
      ...result,
      verdict: 'raise-price',
      headline: `Raise the price: the right experience needs a deal worth at least ${fmt(minimumValue)}.`,
    };
  }
  reasons.push(
    `Even at ${a.maxPriceMultiple}× the price it would not pay for itself; a lighter experience would fail them.`,
  );
  return {
    ...result,
    verdict: 'do-not-sign',
    headline: 'Do not sign now: we cannot serve what this customer needs at a price they will pay.',
  };
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function pct(x: number): string {
  return Number.isFinite(x) ? `${Math.round(x * 100)}%` : 'all';
}

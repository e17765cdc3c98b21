/**
 * Appropriate experience (seed 002): the coverage a segment needs to succeed, read from how it
 * buys and how much help it needs — deliberately NOT from what it pays. What it pays only
 * enters in the experience-fit check.
 */
import type { SegmentInputs } from '../records';

export const COVERAGE_LEVELS = ['tech-touch', 'pooled', 'named-csm', 'named-team'] as const;
export type Coverage = (typeof COVERAGE_LEVELS)[number];

export interface CoverageProfile {
  coverage: Coverage;
  name: string;
  description: string;
  /**
   * Assumed yearly cost to serve one account at this coverage, in the same currency as
   * `expectedValue`. Assumptions: tech-touch ≈ tooling and content share; pooled ≈ 1/150 of a
   * CSM; named CSM ≈ 1/12 of a CSM's loaded cost; named team ≈ CSM + solutions + exec time.
   * Teams should override these with their own figures (see `ExperienceAssumptions`).
   */
  annualCost: number;
}

export const COVERAGE_PROFILES: Record<Coverage, CoverageProfile> = {
  'tech-touch': {
    coverage: 'tech-touch',
    name: 'Tech-touch',
    description: 'In-product guidance, email sequences, a help centre and community; people only on request.',
    annualCost: 300,
  },
  pooled: {
    coverage: 'pooled',
    name: 'Pooled success',
    description: 'A shared team answers and runs group onboarding and office hours; no named owner.',
    annualCost: 1_500,
  },
  'named-csm': {
    coverage: 'named-csm',
    name: 'Named CSM',
    description: 'One customer success manager owns the account: success plan, regular reviews, renewal.',
    annualCost: 10_000,
  },
  'named-team': {
    coverage: 'named-team',
    name: 'Named team',
    description:
      'A CSM, a solutions engineer and an executive sponsor, with services for rollout and change.',
    annualCost: 40_000,
  },
};

/** One-off onboarding cost by implementation effort (same currency; an assumption to override). */
export const ONBOARDING_COST: Record<NonNullable<SegmentInputs['implementationEffort']>, number> = {
  'self-serve': 0,
  guided: 1_500,
  services: 12_000,
};

export interface AppropriateExperience {
  coverage: Coverage;
  profile: CoverageProfile;
  reasons: string[];
}

const LEVEL: Record<Coverage, number> = { 'tech-touch': 0, pooled: 1, 'named-csm': 2, 'named-team': 3 };

/**
 * The coverage the segment needs: the highest level any of its needs calls for. Unknown needs
 * call for nothing, so an empty segment gets tech-touch with a reason saying why.
 */
export function appropriateExperience(inputs: SegmentInputs): AppropriateExperience {
  const needs: [Coverage, string][] = [];
  if (inputs.supportIntensity === 'high') needs.push(['named-csm', 'they need intensive, ongoing support']);
  if (inputs.supportIntensity === 'medium') needs.push(['pooled', 'they need regular help from people']);
  if (inputs.implementationEffort === 'services')
    needs.push(['named-csm', 'rollout needs professional services and an owner']);
  if (inputs.implementationEffort === 'guided') needs.push(['pooled', 'set-up needs some guidance']);
  if (inputs.purchaseComplexity === 'committee')
    needs.push(['named-csm', 'a committee needs one person who knows the account']);
  if (
    inputs.purchaseComplexity === 'committee' &&
    inputs.implementationEffort === 'services' &&
    inputs.supportIntensity === 'high'
  ) {
    needs.push([
      'named-team',
      'a committee rolling out a services-led change with intensive support needs a whole team',
    ]);
  }
  const top = needs.reduce<Coverage>((best, [c]) => (LEVEL[c] > LEVEL[best] ? c : best), 'tech-touch');
  const reasons = needs.filter(([c]) => c === top).map(([, why]) => why);
  if (reasons.length === 0)
    reasons.push(
      needs.length === 0 && !hasAny(inputs)
        ? 'nothing known yet: assuming the lightest coverage'
        : 'they can succeed on their own with good guidance',
    );
  return { coverage: top, profile: COVERAGE_PROFILES[top], reasons };
}

function hasAny(inputs: SegmentInputs): boolean {
  return Object.values(inputs).some((v) => v !== undefined);
}

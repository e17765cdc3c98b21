/**
 * What each sales motion looks like (seed 004: the motion follows the segment's behaviour, and
 * the team follows the motion): the metrics that tell whether it works and the team that runs it.
 */
import type { Motion } from '../vocabulary';

export interface MotionProfile {
  motion: Motion;
  name: string;
  summary: string;
  /** The numbers this motion is run and judged by. */
  metrics: string[];
  /** Who carries the customer through it. */
  team: string[];
  /** The classic mistake of running this motion on the wrong segment. */
  misuse: string;
  /**
   * The longest silence this motion normally has between touches, in days: past it, the deal
   * is at risk (deal-risk rules). Hand-set assumptions: a self-serve buyer decides in days, a
   * sales-assisted one in weeks, an enterprise committee meets about monthly.
   */
  normalCycleDays: number;
}

export const MOTION_PROFILES: Record<Motion, MotionProfile> = {
  'self-serve': {
    motion: 'self-serve',
    name: 'Self-serve',
    summary: 'One person decides quickly, sets it up alone and needs the product to do the selling.',
    metrics: [
      'Visitor-to-trial and trial-to-paid conversion',
      'Time to first value (hours, not weeks)',
      'Customer acquisition cost payback in months',
      'Logo churn and net revenue retention per cohort',
    ],
    team: ['Growth marketing', 'Product-led onboarding', 'Pooled support'],
    misuse: 'Left alone, a committee buyer stalls in procurement and the deal quietly dies.',
    normalCycleDays: 7,
  },
  'sales-assisted': {
    motion: 'sales-assisted',
    name: 'Sales-assisted',
    summary: 'A small group decides within weeks and wants a person to guide them, not a programme.',
    metrics: [
      'Qualified opportunities per rep per month',
      'Win rate and sales cycle length',
      'Average contract value',
      'Onboarding completion within the first 30 days',
    ],
    team: ['Inside sales / account executives', 'Sales engineer on demand', 'Pooled customer success'],
    misuse:
      'Run like enterprise, it costs more to win than the account is worth; run self-serve, it loses to whoever picked up the phone.',
    normalCycleDays: 14,
  },
  'high-touch': {
    motion: 'high-touch',
    name: 'High-touch enterprise',
    summary: 'A committee decides over quarters, with security, procurement and a services-led rollout.',
    metrics: [
      'Pipeline coverage of the quarter',
      'Multi-threading: senior contacts engaged per opportunity',
      'Stage conversion and slippage',
      'Time to value against the agreed success plan',
      'Gross and net revenue retention',
    ],
    team: [
      'Enterprise account executive',
      'Solutions engineer',
      'Implementation / professional services',
      'Named customer success manager',
      'Executive sponsor',
    ],
    misuse:
      'Spent on a small buyer, account-based campaigns and long workshops burn more than the deal returns.',
    normalCycleDays: 30,
  },
};

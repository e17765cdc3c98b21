/**
 * Segment → motion (seed 004): each known segment input votes for the motion it fits, and the
 * motion with most votes wins. Missing inputs do not vote; with none at all the answer is
 * sales-assisted, the motion that does least harm while the rep finds out more.
 */
import type { SegmentInputs } from '../records';
import { MOTIONS, type Motion } from '../vocabulary';
import { MOTION_PROFILES, type MotionProfile } from './motion-profiles';

/**
 * Lifetime value bands (in the account's currency). Assumption: below ~5k a human sales cycle
 * rarely pays back; above ~60k a committee-grade, multi-threaded process usually does.
 */
export const VALUE_BANDS = { selfServeBelow: 5_000, highTouchFrom: 60_000 } as const;

export interface MotionReason {
  input: keyof SegmentInputs;
  motion: Motion;
  text: string;
}

export interface MotionChoice {
  motion: Motion;
  /** Share of the votes the winner got, 0–1 (0 when nothing was known). */
  agreement: number;
  reasons: MotionReason[];
  /** Inputs the rep has not filled in yet: the questions that would firm this up. */
  unknown: (keyof SegmentInputs)[];
  profile: MotionProfile;
}

type Vote = [Motion, string];

const VOTES: { [K in keyof SegmentInputs]-?: (v: NonNullable<SegmentInputs[K]>) => Vote } = {
  purchaseComplexity: (v) =>
    v === 'single'
      ? ['self-serve', 'one person decides']
      : v === 'small-group'
        ? ['sales-assisted', 'a small group decides']
        : ['high-touch', 'a committee decides'],
  salesCycle: (v) =>
    v === 'days'
      ? ['self-serve', 'they buy within days']
      : v === 'weeks'
        ? ['sales-assisted', 'the cycle runs for weeks']
        : ['high-touch', `the cycle runs for ${v}`],
  implementationEffort: (v) =>
    v === 'self-serve'
      ? ['self-serve', 'they can set it up themselves']
      : v === 'guided'
        ? ['sales-assisted', 'set-up needs some guidance']
        : ['high-touch', 'set-up needs professional services'],
  expectedValue: (v) =>
    v < VALUE_BANDS.selfServeBelow
      ? ['self-serve', `expected value ${v} is below ${VALUE_BANDS.selfServeBelow}`]
      : v >= VALUE_BANDS.highTouchFrom
        ? ['high-touch', `expected value ${v} justifies a dedicated team`]
        : ['sales-assisted', `expected value ${v} pays for a guided sale`],
  supportIntensity: (v) =>
    v === 'low'
      ? ['self-serve', 'they need little support']
      : v === 'medium'
        ? ['sales-assisted', 'they need regular support']
        : ['high-touch', 'they need intensive support'],
};

/** Chooses the motion for a segment and says why. Ties go to the more hands-on motion. */
export function chooseMotion(inputs: SegmentInputs): MotionChoice {
  const reasons: MotionReason[] = [];
  const unknown: (keyof SegmentInputs)[] = [];
  for (const key of Object.keys(VOTES) as (keyof SegmentInputs)[]) {
    const value = inputs[key];
    if (value === undefined) {
      unknown.push(key);
      continue;
    }
    const [motion, text] = (VOTES[key] as (v: typeof value) => Vote)(value);
    reasons.push({ input: key, motion, text });
  }
  const counts = MOTIONS.map((m) => reasons.filter((r) => r.motion === m).length);
  // Start from the most hands-on motion so a tie resolves towards more help, not less.
  let best = MOTIONS.length - 1;
  for (let i = best - 1; i >= 0; i--) if (counts[i]! > counts[best]!) best = i;
  const motion = reasons.length === 0 ? 'sales-assisted' : MOTIONS[best]!;
  return {
    motion,
    agreement: reasons.length === 0 ? 0 : counts[best]! / reasons.length,
    reasons,
    unknown,
    profile: MOTION_PROFILES[motion],
  };
}

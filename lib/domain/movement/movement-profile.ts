/**
 * The movement profile (seed 000): how an account moves. The fields are the ones stored in
 * `Account.movement` (records.ts); this file describes them for the panel and suggests a
 * profile from a diagnosis so the rep starts from a sensible guess instead of a blank form.
 */
import type { MovementProfile } from '../records';
import type { MotivationId } from '../vocabulary';

export type MovementField = keyof MovementProfile;
type EvidenceKind = NonNullable<MovementProfile['evidenceWanted']>[number];

export interface MovementDimension {
  field: MovementField;
  label: string;
  /** `many`: several options may be chosen (evidence wanted). */
  multiple: boolean;
  options: { value: string; label: string }[];
}

/** The profile's dimensions in display order, with the words the panel shows. */
export const MOVEMENT_DIMENSIONS: readonly MovementDimension[] = [
  {
    field: 'pace',
    label: 'Pace',
    multiple: false,
    options: [
      { value: 'fast', label: 'Moves fast' },
      { value: 'slow', label: 'Moves slowly' },
    ],
  },
  {
    field: 'conversations',
    label: 'Conversations needed',
    multiple: false,
    options: [
      { value: 'one', label: 'One or two' },
      { value: 'many', label: 'Many' },
    ],
  },
  {
    field: 'buying',
    label: 'Who buys',
    multiple: false,
    options: [
      { value: 'alone', label: 'One decision-maker' },
      { value: 'committee', label: 'A committee' },
    ],
  },
  {
    field: 'drive',
    label: 'Driven by',
    multiple: false,
    options: [
      { value: 'urgency', label: 'Urgency' },
      { value: 'caution', label: 'Caution' },
    ],
  },
  {
    field: 'evidenceWanted',
    label: 'Evidence wanted',
    multiple: true,
    options: [
      { value: 'emotional-reassurance', label: 'Reassurance' },
      { value: 'commercial-proof', label: 'Commercial proof' },
      { value: 'technical-detail', label: 'Technical detail' },
      { value: 'peer-validation', label: 'Peer validation' },
    ],
  },
];

/**
 * How each motivation tends to move, as votes: +1 pulls towards the first option of a
 * dimension (fast, one, alone, urgency), -1 towards the second. Why: seed 000 — relief buyers
 * want the shortest path, risk and permission buyers need more conversations and a committee.
 */
const TENDENCIES: Record<
  MotivationId,
  { pace: number; conversations: number; buying: number; drive: number; evidence: EvidenceKind[] }
> = {
  relief: { pace: 1, conversations: 1, buying: 1, drive: 1, evidence: ['emotional-reassurance'] },
  control: { pace: -0.5, conversations: -0.5, buying: 0, drive: -0.5, evidence: ['technical-detail'] },
  growth: { pace: 0.5, conversations: 0, buying: 0, drive: 1, evidence: ['commercial-proof'] },
  risk: {
    pace: -1,
    conversations: -1,
    buying: -1,
    drive: -1,
    evidence: ['technical-detail', 'peer-validation'],
  },
  simplicity: { pace: 0.5, conversations: 1, buying: 0.5, drive: 0, evidence: ['emotional-reassurance'] },
  permission: { pace: -1, conversations: -1, buying: -1, drive: -0.5, evidence: ['commercial-proof'] },
  confidence: {
    pace: -0.5,
    conversations: -0.5,
    buying: 0,
    drive: -1,
    evidence: ['peer-validation', 'commercial-proof'],
  },
  consistency: { pace: -0.5, conversations: -0.5, buying: -0.5, drive: 0, evidence: ['technical-detail'] },
  credibility: { pace: 0.5, conversations: 0, buying: 0, drive: 0.5, evidence: ['peer-validation'] },
  blame: {
    pace: -1,
    conversations: -1,
    buying: -1,
    drive: -1,
    evidence: ['peer-validation', 'emotional-reassurance'],
  },
};

/** Below this weighted vote a dimension is left undecided rather than guessed. */
const DECISION_MARGIN = 0.15;
/** Motivations scoring below this do not vote at all. */
const MIN_SCORE = 0.2;

/**
 * A suggested movement profile from motivation scores (0–1). Each motivation votes with its
 * score; a dimension is filled only when the vote is clear, so weak diagnoses suggest little.
 * The rep's own choices (in `Account.movement`) always win: merge with `{...suggested, ...own}`.
 */
export function suggestMovementProfile(scores: Partial<Record<MotivationId, number>>): MovementProfile {
  const totals = { pace: 0, conversations: 0, buying: 0, drive: 0 };
  const evidence = new Map<EvidenceKind, number>();
  let weight = 0;
  for (const [id, score = 0] of Object.entries(scores) as [MotivationId, number | undefined][]) {
    if (score < MIN_SCORE) continue;
    const t = TENDENCIES[id];
    weight += score;
    totals.pace += t.pace * score;
    totals.conversations += t.conversations * score;
    totals.buying += t.buying * score;
    totals.drive += t.drive * score;
    for (const kind of t.evidence) evidence.set(kind, (evidence.get(kind) ?? 0) + score);
  }
  if (weight === 0) return {};
  const pick = <A extends string, B extends string>(total: number, a: A, b: B): A | B | undefined => {
    const mean = total / weight;
    return mean > DECISION_MARGIN ? a : mean < -DECISION_MARGIN ? b : undefined;
  };
  const profile: MovementProfile = {};
  const pace = pick(totals.pace, 'fast', 'slow');
  const conversations = pick(totals.conversations, 'one', 'many');
  const buying = pick(totals.buying, 'alone', 'committee');
  const drive = pick(totals.drive, 'urgency', 'caution');
  if (pace) profile.pace = pace;
  if (conversations) profile.conversations = conversations;
  if (buying) profile.buying = buying;
  if (drive) profile.drive = drive;
  profile.evidenceWanted = [...evidence.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 2)
    .map(([kind]) => kind);
  return profile;
}

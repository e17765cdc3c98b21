/**
 * Playbook matching (product.md "Matching"): ranks entries for the current context and says
 * why each was picked, e.g. "risk 0.8 × finance-approver × proposal".
 *
 * score = motivation fit × role × stage × channel × motion, where
 * 1. motivation fit = strongest (weight × score) + 0.25 × the other terms, capped at 1;
 *    entries tagged with no motivation are general advice with a fixed fit of 0.3;
 * 2. stage, channel and motion are filters (an entry tagged for other stages never shows);
 *    an explicit match earns a small bonus over an "any" entry, so specific advice wins ties;
 * 3. role is soft: written for the person's role ×1.2, for nobody in particular ×1, for a role
 *    we cannot see (no person chosen) ×0.85, for a different role ×0.3.
 */
import { CHANNELS, MOTIONS, MOTIVATIONS, PLAYBOOK_KINDS, ROLES, STAGES } from '../domain/vocabulary';
import type { Channel, Motion, MotivationId, PlaybookKind, Role, Stage } from '../domain/vocabulary';
import { labelOf } from '../domain/vocabulary-labels';
import { bitOf, compilePlaybook, maskOf } from './compile-playbook';
import type { PlaybookEntry } from './schema';

export const MATCH_FACTORS = {
  generalFit: 0.3,
  secondaryShare: 0.25,
  roleMatch: 1.2,
  roleUnknown: 0.85,
  roleMismatch: 0.3,
  stageExplicit: 1.15,
  channelExplicit: 1.1,
  motionExplicit: 1.1,
  /** A motivation the rep set on the person addressed counts at least this much. */
  personStated: 0.7,
} as const;

export interface MatchContext {
  /** Account diagnosis: motivation → 0–1. */
  scores: Partial<Record<MotivationId, number>>;
  /** The person being addressed, if any. Their own scores/motivations lift the account's. */
  person?: {
    roles: readonly Role[];
    motivations?: readonly MotivationId[];
    scores?: Partial<Record<MotivationId, number>>;
  };
  stage: Stage;
  channel: Channel;
  motion?: Motion;
  kinds?: readonly PlaybookKind[];
  /** How many picks to return (default 10). */
  limit?: number;
  /** Picks scoring below this are dropped (default 0.05). */
  minScore?: number;
}

export interface PlaybookPick {
  entry: PlaybookEntry;
  score: number;
  /** The motivation that carried the pick (undefined for general entries). */
  motivation?: MotivationId;
  factors: { motivation: number; role: number; stage: number; channel: number; motion: number };
  /** e.g. "Risk 0.8 × Finance approver × Proposal" (words, never raw ids). */
  explanation: string;
}

const M = MOTIVATIONS.length;

/** Ranks `entries` for `context`, best first (ties by id, so results are stable). */
export function matchPlaybook(entries: readonly PlaybookEntry[], context: MatchContext): PlaybookPick[] {
  const c = compilePlaybook(entries);
  const f = MATCH_FACTORS;
  const s = effectiveScores(context);
  const active = MOTIVATIONS.map((_, j) => j).filter((j) => s[j]! > 0);
  const stageBit = bitOf(STAGES, context.stage);
  const channelBit = bitOf(CHANNELS, context.channel);
  const motionBit = context.motion ? bitOf(MOTIONS, context.motion) : 0;
  const kindMask = context.kinds?.length ? maskOf(PLAYBOOK_KINDS, context.kinds) : 0;
  const personRoles = context.person ? maskOf(ROLES, context.person.roles) : 0;
  const limit = context.limit ?? 10;
  const minScore = context.minScore ?? 0.05;
  // Small limits keep a sorted top-k by insertion; large ones collect everything and sort once.
  const insert = limit <= 64;
  const top: { i: number; score: number; lead: number; fit: number }[] = [];
  if (limit <= 0) return [];

  for (let i = 0; i < c.entries.length; i++) {
    if (kindMask && !(kindMask & (1 << c.kind[i]!))) continue;
    if (c.stages[i] && !(c.stages[i]! & stageBit)) continue;
    if (c.channels[i] && !(c.channels[i]! & channelBit)) continue;
    if (motionBit && c.motions[i] && !(c.motions[i]! & motionBit)) continue;
    // 1. motivation fit
    let fit: number = f.generalFit;
    let lead = -1;
    if (c.targeted[i]) {
      let best = 0;
      let sum = 0;
      for (const j of active) {
        const t = c.weights[i * M + j]! * s[j]!;
        sum += t;
        if (t > best) {
          best = t;
          lead = j;
        }
      }
      fit = Math.min(1, best + f.secondaryShare * (sum - best));
    }
    // 2–3. context factors
    const roleMask = c.roles[i]!;
    const role = !roleMask
      ? 1
      : !personRoles
        ? f.roleUnknown
        : roleMask & personRoles
          ? f.roleMatch
          : f.roleMismatch;
    const score =
      fit *
      role *
      (c.stages[i] ? f.stageExplicit : 1) *
      (c.channels[i] ? f.channelExplicit : 1) *
      (motionBit && c.motions[i] ? f.motionExplicit : 1);
    if (score < minScore) continue;
    if (!insert) {
      top.push({ i, score, lead, fit });
      continue;
    }
    if (top.length === limit && !better(score, i, top[top.length - 1]!, c.entries)) continue;
    let k = top.length === limit ? limit - 1 : top.length;
    while (k > 0 && better(score, i, top[k - 1]!, c.entries)) {
      top[k] = top[k - 1]!;
      k--;
    }
    top[k] = { i, score, lead, fit };
  }
  if (!insert) top.sort((a, b) => (better(a.score, a.i, b, c.entries) ? -1 : 1)).splice(limit);
  return top.map((t) => toPick(t, c.entries[t.i]!, context, s));
}

function better(
  score: number,
  i: number,
  other: { i: number; score: number },
  entries: readonly PlaybookEntry[],
): boolean {
  return score > other.score || (score === other.score && entries[i]!.id < entries[other.i]!.id);
}

/** Account scores lifted by the addressed person's own scores and stated motivations. */
function effectiveScores(context: MatchContext): number[] {
  const p = context.person;
  // Clamped to [0, 1] (NaN → 0) so a malformed score can never dominate or poison the ranking.
  return MOTIVATIONS.map((m) =>
    clamp(
      Math.max(
        clamp(context.scores[m] ?? 0),
        clamp(p?.scores?.[m] ?? 0),
        p?.motivations?.includes(m) ? MATCH_FACTORS.personStated : 0,
      ),
    ),
  );
}

function clamp(x: number): number {
  return x > 0 ? Math.min(1, x) : 0;
}

function toPick(
  t: { score: number; lead: number; fit: number },
  entry: PlaybookEntry,
  context: MatchContext,
  s: number[],
): PlaybookPick {
  const f = MATCH_FACTORS;
  const motivation = t.lead >= 0 ? MOTIVATIONS[t.lead] : undefined;
  const matchedRoles = entry.roles.filter((r) => context.person?.roles.includes(r));
  const role =
    entry.roles.length === 0
      ? 1
      : !context.person?.roles.length
        ? f.roleUnknown
        : matchedRoles.length
          ? f.roleMatch
          : f.roleMismatch;
  // In words, as the rep reads it on a why-chip: never a raw id such as `economic-buyer`.
  const parts = [motivation ? `${labelOf(motivation)} ${round(s[t.lead]!)}` : 'general'];
  if (matchedRoles.length) parts.push(matchedRoles.map(labelOf).join('/'));
  else if (entry.roles.length) parts.push(`for ${entry.roles.map(labelOf).join('/')}`);
  if (entry.stages.length) parts.push(labelOf(context.stage));
  if (entry.channels.length) parts.push(labelOf(context.channel));
  if (context.motion && entry.motions.length) parts.push(labelOf(context.motion));
  return {
    entry,
    score: t.score,
    ...(motivation ? { motivation } : {}),
    factors: {
      motivation: t.fit,
      role,
      stage: entry.stages.length ? f.stageExplicit : 1,
      channel: entry.channels.length ? f.channelExplicit : 1,
      motion: context.motion && entry.motions.length ? f.motionExplicit : 1,
    },
    explanation: parts.join(' × '),
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

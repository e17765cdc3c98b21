/** Pieces several briefs share: motivations with the buyer's quotes, and who is who. */
import { isCustomerWords } from '../domain/diagnosis/evidence-side';
import { scoreDiagnosis } from '../domain/diagnosis/score-diagnosis';
import type { MotivationCatalogue } from '../domain/diagnosis/types';
import type { Account, Evidence, Person } from '../domain/records';
import { MOTIVATIONS, type MotivationId } from '../domain/vocabulary';
import { labelsOf } from '../domain/vocabulary-labels';

export type Scores = Partial<Record<MotivationId, number>>;

export interface BriefQuote {
  text: string;
  speaker?: string;
  at: string;
  confirmed: boolean;
}

export interface MotivationSummary {
  motivation: MotivationId;
  name: string;
  score: number;
  quotes: BriefQuote[];
}

/**
 * The account's scores now: `scores` when the caller has them (the panel's live diagnosis),
 * else scored from its evidence and ticked signals at `now`.
 */
export function currentScores(args: {
  scores?: Scores | undefined;
  account: Account;
  evidence: readonly Evidence[];
  catalogue: MotivationCatalogue;
  now: string;
}): Scores {
  const { account, evidence, catalogue, now } = args;
  return (
    args.scores ?? scoreDiagnosis({ evidence, tickedSignals: account.tickedSignals, catalogue, now }).scores
  );
}

/** A motivation counts as a reason they bought from this score upwards. */
export const BRIEF_MIN_SCORE = 0.25;

/**
 * The leading motivations (score ≥ minScore, at most `limit`) with up to three quotes of a
 * named buyer each (the rep's notes are the rep's, not quotes): confirmed before suggested, stronger first; rejected evidence never appears.
 * `until` keeps only evidence from before a moment (e.g. the sale).
 */
export function motivationsWithQuotes(args: {
  scores: Scores;
  evidence: readonly Evidence[];
  catalogue: MotivationCatalogue;
  limit?: number;
  minScore?: number;
  until?: string;
}): MotivationSummary[] {
  const until = args.until ? Date.parse(args.until) : Infinity;
  return MOTIVATIONS.map((m, order) => ({ m, order, score: args.scores[m] ?? 0 }))
    .filter((x) => x.score >= (args.minScore ?? BRIEF_MIN_SCORE))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, args.limit ?? 3)
    .map(({ m, score }) => ({
      motivation: m,
      name: args.catalogue[m].name,
      score,
      quotes: args.evidence
        // The customer's words only: never the rep's own notes or answers, never a speaker
        // nobody has named yet (evidence-side.ts), and never rejected evidence.
        .filter(
          (e) => e.motivation === m && isCustomerWords(e) && !!e.quote?.trim() && Date.parse(e.at) <= until,
        )
        .sort(
          (a, b) =>
            Number(b.status === 'confirmed') - Number(a.status === 'confirmed') ||
            b.weight - a.weight ||
            b.at.localeCompare(a.at),
        )
        .slice(0, 3)
        .map((e) => ({
          text: e.quote!.trim(),
          ...(e.speaker ? { speaker: e.speaker } : {}),
          at: e.at,
          confirmed: e.status === 'confirmed',
        })),
    }));
}

export interface PersonLine {
  personId: string;
  name: string;
  title?: string;
  roles: Person['roles'];
  stance: Person['stance'];
  influence: Person['influence'];
  motivations: MotivationId[];
}

/** People ordered for a brief: by influence (high first), then name. */
export function whoIsWho(people: readonly Person[]): PersonLine[] {
  const rank = { high: 0, medium: 1, low: 2 } as const;
  return [...people]
    .sort((a, b) => rank[a.influence] - rank[b.influence] || a.name.localeCompare(b.name))
    .map((p) => ({
      personId: p.id,
      name: p.name,
      ...(p.title ? { title: p.title } : {}),
      roles: p.roles,
      stance: p.stance,
      influence: p.influence,
      motivations: p.motivations,
    }));
}

/** "Finance approver · sceptic · high influence · cares about Risk", in words (no raw ids). */
export function describePersonLine(p: PersonLine): string {
  const parts = [labelsOf(p.roles) || 'role unknown'];
  // A champion by role and by stance reads once, not "champion · champion".
  if (!(p.roles as string[]).includes(p.stance)) parts.push(p.stance);
  parts.push(`${p.influence} influence`);
  if (p.motivations.length) parts.push(`cares about ${labelsOf(p.motivations)}`);
  return parts.join(' · ');
}

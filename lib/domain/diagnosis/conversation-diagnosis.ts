/**
 * A whole conversation's diagnosis from its turns' detections, the way a sales manager
 * would read the call:
 * 1. a turn is one piece of evidence: its best score per motivation counts once;
 * 2. per speaker, each further turn adds less (the k-th strongest counts `TURN_DECAY`^k), so
 *    a buyer repeating one worry ten times does not outweigh everything else;
 * 3. across speakers, the same with `SPEAKER_DECAY`: a second person with the same motive
 *    adds weight, but less than the first;
 * 4. a motivation is claimed only at `CLAIM_AT` or above, with its strongest quotes; weaker
 *    hints and missing decision roles become "still unknown", each with the discovery
 *    question to ask next. Pure: detections in, diagnosis out.
 */
import { MOTIVATION_CATALOGUE } from '../motivations/catalogue';
import { MOTIVATIONS, type MotivationId, type Role } from '../vocabulary';

export const TURN_DECAY = 0.5;
export const SPEAKER_DECAY = 0.7;
export const CLAIM_AT = 0.7;
/** Below this even a hint is noise. */
export const HINT_AT = 0.3;
const QUOTES = 2;

export interface TurnSignal {
  /** Where the turn is, for the reader ("line 12"). */
  line: number;
  speaker: string;
  /** `line` when the quote sits on another line of the turn than its first. */
  motivations: readonly { motivation: MotivationId; confidence: number; quote: string; line?: number }[];
  roles: readonly { role: Role; confidence: number; quote: string; line?: number }[];
}

export interface ConversationQuote {
  quote: string;
  speaker: string;
  line: number;
  confidence: number;
}

export interface ClaimedMotivation {
  motivation: MotivationId;
  score: number;
  turns: number;
  speakers: number;
  quotes: ConversationQuote[];
}

export interface OpenQuestion {
  /** What is not known yet: a motivation with only a hint, or a decision role. */
  about: MotivationId | 'decision';
  reason: string;
  question: string;
  hint?: ConversationQuote;
}

export interface ConversationDiagnosis {
  claimed: ClaimedMotivation[];
  unknown: OpenQuestion[];
  roles: { role: Role; quotes: ConversationQuote[] }[];
}

/** 1 − Π(1 − pₖ·decayᵏ) over the scores, strongest first. */
export function diminishingSum(scores: readonly number[], decay: number): number {
  const sorted = [...scores].sort((a, b) => b - a);
  return 1 - sorted.reduce((rest, p, k) => rest * (1 - p * decay ** k), 1);
}

function bestPerTurn<T extends { confidence: number }>(items: readonly T[], key: (t: T) => string) {
  const best = new Map<string, T>();
  for (const item of items) {
    const current = best.get(key(item));
    if (!current || current.confidence < item.confidence) best.set(key(item), item);
  }
  return best;
}

const firstQuestion = (m: MotivationId) => MOTIVATION_CATALOGUE[m].questions[0]!.text;

/** Diagnoses a conversation from its buyer-side turns (seller turns must not be passed). */
export function diagnoseConversation(turns: readonly TurnSignal[]): ConversationDiagnosis {
  const claimed: ClaimedMotivation[] = [];
  const unknown: OpenQuestion[] = [];
  for (const motivation of MOTIVATIONS) {
    const evidence = turns.flatMap((turn) => {
      const best = bestPerTurn(turn.motivations, (d) => d.motivation).get(motivation);
      return best && best.confidence >= HINT_AT
        ? [
            {
              quote: best.quote,
              speaker: turn.speaker,
              line: best.line ?? turn.line,
              confidence: best.confidence,
            },
          ]
        : [];
    });
    if (evidence.length === 0) continue;
    const bySpeaker = new Map<string, number[]>();
    for (const e of evidence) bySpeaker.set(e.speaker, [...(bySpeaker.get(e.speaker) ?? []), e.confidence]);
    const perSpeaker = [...bySpeaker.values()].map((scores) => diminishingSum(scores, TURN_DECAY));
    const score = diminishingSum(perSpeaker, SPEAKER_DECAY);
    const quotes = evidence.sort((a, b) => b.confidence - a.confidence || a.line - b.line);
    if (score >= CLAIM_AT) {
      claimed.push({
        motivation,
        score,
        turns: evidence.length,
        speakers: bySpeaker.size,
        quotes: quotes.slice(0, QUOTES),
      });
    } else {
      const reason = `only a hint (${Math.round(score * 100)}%), not enough to plan on`;
      unknown.push({ about: motivation, reason, question: firstQuestion(motivation), hint: quotes[0] });
    }
  }
  claimed.sort((a, b) => b.score - a.score);
  unknown.sort((a, b) => (b.hint?.confidence ?? 0) - (a.hint?.confidence ?? 0));
  const roles = rolesOf(turns);
  if (!roles.some((r) => r.role === 'economic-buyer' || r.role === 'finance-approver'))
    unknown.push({
      about: 'decision',
      reason: 'nobody said who signs or who holds the budget',
      question: MOTIVATION_CATALOGUE.permission.questions[0]!.text,
    });
  if (claimed.length === 0)
    unknown.unshift({
      about: 'decision',
      reason: 'no motivation is clear yet',
      question: MOTIVATION_CATALOGUE.relief.questions[0]!.text,
    });
  return { claimed, unknown, roles };
}

function rolesOf(turns: readonly TurnSignal[]): ConversationDiagnosis['roles'] {
  const byRole = new Map<Role, ConversationQuote[]>();
  for (const turn of turns)
    for (const cue of bestPerTurn(turn.roles, (r) => r.role).values()) {
      const list = byRole.get(cue.role) ?? [];
      list.push({
        quote: cue.quote,
        speaker: turn.speaker,
        line: cue.line ?? turn.line,
        confidence: cue.confidence,
      });
      byRole.set(cue.role, list);
    }
  return [...byRole].map(([role, quotes]) => ({
    role,
    quotes: quotes.sort((a, b) => b.confidence - a.confidence).slice(0, QUOTES),
  }));
}

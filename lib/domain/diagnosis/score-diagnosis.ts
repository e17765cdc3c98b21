/**
 * Diagnosis scoring (product.md "Diagnosis"): a 0–1 score per motivation from evidence,
 * ticked signals and stated motivations, weighted by source, status and recency.
 *
 * Scores combine as a noisy-OR, 1 − Π(1 − strengthᵢ): each item closes part of the remaining
 * gap, so scores saturate towards 1 instead of adding up past it, and one strong confirmed
 * quote outweighs several weak suggestions.
 */
import type { Evidence } from '../records';
import { MOTIVATIONS, type MotivationId } from '../vocabulary';
import {
  DEFAULT_HALF_LIFE_DAYS,
  REPEAT_DAMPING,
  SIDE_FACTOR,
  SOURCE_FACTOR,
  STATED_MOTIVATION_STRENGTH,
  STATUS_FACTOR,
  TICKED_SIGNAL_FACTOR,
  recencyFactor,
} from './evidence-weights';
import { evidenceSide } from './evidence-side';
import type { Contribution, DiagnosisResult, MotivationCatalogue, MotivationScore } from './types';

export interface ScoreDiagnosisInput {
  evidence: readonly Evidence[];
  /** `Account.tickedSignals`: account-level, so ignored when scoring one person. */
  tickedSignals: readonly string[];
  catalogue: MotivationCatalogue;
  now: Date | string;
  /** Score one stakeholder: only evidence attributed to this person counts. */
  personId?: string;
  /** `Person.motivations` when scoring a person: the rep's own call counts as evidence. */
  statedMotivations?: readonly MotivationId[];
  halfLifeDays?: number;
}

type Draft = Omit<Contribution, 'share' | 'strength' | 'factors'> & {
  factors: Omit<Contribution['factors'], 'repeat'>;
  base: number;
  repeatKey: string;
};

/** Scores every motivation and explains each score (see file comment for the formula). */
export function scoreDiagnosis(input: ScoreDiagnosisInput): DiagnosisResult {
  const nowMs = new Date(input.now).getTime();
  if (!Number.isFinite(nowMs))
    throw new RangeError(`scoreDiagnosis: "now" is not a valid time: ${String(input.now)}`);
  const halfLife = input.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  const drafts = new Map<MotivationId, Draft[]>(MOTIVATIONS.map((m) => [m, []]));
  const unknownSignals: string[] = [];

  // 1. Evidence records (all of them for the account; the person's own for a stakeholder).
  for (const e of input.evidence) {
    if (input.personId !== undefined && e.personId !== input.personId) continue;
    const side = evidenceSide(e);
    const factors = {
      weight: e.weight,
      source: SOURCE_FACTOR[e.source],
      status: STATUS_FACTOR[e.status],
      recency: recencyFactor(Date.parse(e.at), nowMs, halfLife),
      side: SIDE_FACTOR[side],
    };
    drafts.get(e.motivation)!.push({
      kind: 'evidence',
      evidenceId: e.id,
      signalId: e.signalId,
      personId: e.personId,
      source: e.source,
      status: e.status,
      side,
      label: e.quote ?? labelOfSignal(input.catalogue, e.signalId) ?? e.motivation,
      at: e.at,
      factors,
      base: factors.weight * factors.source * factors.status * factors.recency * factors.side,
      repeatKey: e.signalId ? `s:${e.signalId}` : `q:${normalise(e.quote ?? e.id)}`,
    });
  }

  // 2. Ticked checklist signals (account level only).
  if (input.personId === undefined) {
    for (const id of new Set(input.tickedSignals)) {
      const signal = findSignal(input.catalogue, id);
      if (!signal) {
        unknownSignals.push(id);
        continue;
      }
      const factors = { weight: signal.weight, source: TICKED_SIGNAL_FACTOR, status: 1, recency: 1, side: 1 };
      drafts.get(signal.motivation)!.push({
        kind: 'ticked-signal',
        signalId: id,
        source: 'signal',
        label: signal.label,
        factors,
        base: signal.weight * TICKED_SIGNAL_FACTOR,
        repeatKey: `s:${id}`,
      });
    }
  }

  // 3. Motivations the rep stated for the person.
  for (const m of new Set(input.statedMotivations ?? [])) {
    const factors = { weight: STATED_MOTIVATION_STRENGTH, source: 1, status: 1, recency: 1, side: 1 };
    drafts.get(m)!.push({
      kind: 'stated',
      personId: input.personId,
      source: 'stated',
      label: 'set by the rep on this person',
      factors,
      base: STATED_MOTIVATION_STRENGTH,
      repeatKey: 'stated',
    });
  }

  // 4. Combine per motivation: damp repeats, noisy-OR, attribute shares.
  const ranked = MOTIVATIONS.map((m, order) => ({ ...combine(m, drafts.get(m)!), order }));
  ranked.sort((a, b) => b.score - a.score || a.order - b.order);
  const evidenceIds = ranked.flatMap((r) =>
    r.contributions.flatMap((c) => (c.evidenceId ? [c.evidenceId] : [])),
  );
  return {
    scores: Object.fromEntries(ranked.map((r) => [r.motivation, r.score])) as Record<MotivationId, number>,
    confirmedScores: Object.fromEntries(ranked.map((r) => [r.motivation, r.confirmed])) as Record<
      MotivationId,
      number
    >,
    ranked: ranked.map(({ order: _order, ...r }) => r),
    evidenceIds,
    unknownSignals,
  };
}

function combine(motivation: MotivationId, drafts: Draft[]): MotivationScore {
  const seen = new Map<string, number>();
  const items = drafts
    .filter((d) => d.base > 0)
    .sort((a, b) => b.base - a.base)
    .map(({ base, repeatKey, factors, ...rest }) => {
      const k = seen.get(repeatKey) ?? 0;
      seen.set(repeatKey, k + 1);
      const repeat = Math.pow(REPEAT_DAMPING, k);
      return { ...rest, factors: { ...factors, repeat }, strength: Math.min(1, base * repeat), share: 0 };
    });
  const score = 1 - items.reduce((rest, c) => rest * (1 - c.strength), 1);
  // The confirmed part: the same noisy-OR over everything that is not a suggestion.
  const confirmed =
    1 - items.filter((c) => c.status !== 'suggested').reduce((rest, c) => rest * (1 - c.strength), 1);
  const total = items.reduce((sum, c) => sum + c.strength, 0);
  for (const c of items) c.share = total > 0 ? (score * c.strength) / total : 0;
  items.sort((a, b) => b.strength - a.strength);
  return { motivation, score, confirmed, contributions: items };
}

function findSignal(catalogue: MotivationCatalogue, id: string) {
  const motivation = id.split('.')[0] as MotivationId;
  const fast = catalogue[motivation]?.signals.find((s) => s.id === id);
  if (fast) return fast;
  for (const m of MOTIVATIONS) {
    const s = catalogue[m]?.signals.find((x) => x.id === id);
    if (s) return s;
  }
  return undefined;
}

function labelOfSignal(catalogue: MotivationCatalogue, id: string | undefined): string | undefined {
  return id ? findSignal(catalogue, id)?.label : undefined;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

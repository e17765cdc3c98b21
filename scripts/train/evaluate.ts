/**
 * Quality figures of a detector on labelled items: per-motivation precision, recall and F1
 * (an utterance counts as predicted for a motivation when any of its sentences clears the
 * threshold), macro-F1, micro precision, top-1 (on items that reveal a motivation, the most
 * confident report is one of the labels; silence counts as a miss), the false-alarm rate on
 * negatives, and role-cue precision/recall.
 */
import type { Detector } from '../../lib/domain/detector/types';
import { MOTIVATIONS, ROLES, type MotivationId } from '../../lib/domain/vocabulary';
import type { CorpusItem } from './corpus';

export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface Quality {
  perMotivation: Record<MotivationId, ClassScore>;
  macroF1: number;
  microPrecision: number;
  microRecall: number;
  /** Share of negative items on which any motivation was reported. */
  negativeFalsePositiveRate: number;
  /** Share of items with a motivation whose most confident report is one of its labels. */
  top1: number;
  /** Items with at least one motivation label (the top-1 denominator). */
  revealing: number;
  roles: { precision: number; recall: number };
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

function score(tp: number, fp: number, fn: number): ClassScore {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = ratio(2 * precision * recall, precision + recall);
  return { precision, recall, f1, support: tp + fn, tp, fp, fn };
}

/** Runs the detector over the items (as buyer text) and scores it against the labels. */
export function evaluate(detector: Detector, items: readonly CorpusItem[], threshold?: number): Quality {
  const counts = MOTIVATIONS.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  const roleCounts = { tp: 0, fp: 0, fn: 0 };
  let negatives = 0;
  let negativeHits = 0;
  let revealing = 0;
  let topHits = 0;
  for (const item of items) {
    const detection = detector.detect(item.text, { side: 'buyer', threshold });
    const found = new Set(detection.motivations.map((d) => d.motivation));
    MOTIVATIONS.forEach((m, c) => {
      const truth = item.motivations.includes(m);
      if (truth && found.has(m)) counts[c]!.tp++;
      else if (found.has(m)) counts[c]!.fp++;
      else if (truth) counts[c]!.fn++;
    });
    if (item.motivations.length > 0) {
      revealing++;
      const top = [...detection.motivations].sort((a, b) => b.confidence - a.confidence)[0];
      if (top && item.motivations.includes(top.motivation)) topHits++;
    }
    if (item.negative) {
      negatives++;
      if (found.size > 0) negativeHits++;
    }
    const roles = new Set(detection.roles.map((r) => r.role));
    for (const role of ROLES) {
      const truth = item.roles.includes(role);
      if (truth && roles.has(role)) roleCounts.tp++;
      else if (roles.has(role)) roleCounts.fp++;
      else if (truth) roleCounts.fn++;
    }
  }
  const perMotivation = {} as Record<MotivationId, ClassScore>;
  MOTIVATIONS.forEach((m, c) => (perMotivation[m] = score(counts[c]!.tp, counts[c]!.fp, counts[c]!.fn)));
  const total = counts.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }));
  const macroF1 = MOTIVATIONS.reduce((sum, m) => sum + perMotivation[m].f1, 0) / MOTIVATIONS.length;
  const roleScore = score(roleCounts.tp, roleCounts.fp, roleCounts.fn);
  return {
    perMotivation,
    macroF1,
    microPrecision: ratio(total.tp, total.tp + total.fp),
    microRecall: ratio(total.tp, total.tp + total.fn),
    negativeFalsePositiveRate: ratio(negativeHits, negatives),
    top1: ratio(topHits, revealing),
    revealing,
    roles: { precision: roleScore.precision, recall: roleScore.recall },
  };
}

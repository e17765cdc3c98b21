/**
 * A compact way to write a motivation's signals: each row is [slug, kind, weight, label] and
 * becomes a `SignalDefinition` whose id is "<motivation>.<slug>" (ids are stored in
 * `Account.tickedSignals`, so a slug must never change once shipped).
 */
import type { MotivationId } from '../vocabulary';
import type { DiagnosticQuestion, SignalDefinition } from './types';

export type SignalRow = [slug: string, kind: SignalDefinition['kind'], weight: number, label: string];

/** Expands signal rows into catalogue signals for one motivation. */
export function signalList(motivation: MotivationId, rows: SignalRow[]): SignalDefinition[] {
  return rows.map(([slug, kind, weight, label]) => ({
    id: `${motivation}.${slug}`,
    motivation,
    label,
    kind,
    weight,
  }));
}

/** Expands [slug, text] rows into diagnostic questions with ids "<motivation>.ask-<slug>". */
export function questionList(
  motivation: MotivationId,
  rows: [slug: string, text: string][],
): DiagnosticQuestion[] {
  return rows.map(([slug, text]) => ({ id: `${motivation}.ask-${slug}`, text }));
}

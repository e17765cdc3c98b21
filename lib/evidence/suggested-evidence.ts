/**
 * The one builder of suggested evidence: a detector's detection plus where it was found (a
 * caption line, an email message, the rep's note or answer) → an `Evidence` row, with text
 * cut on code points (never a split emoji: a lone surrogate jams sync), the weight clamped to
 * [0, 1], and whose words it is (`side`). Captions, email, notes and answers all come here.
 */
import type { MotivationDetection } from '@/lib/domain/detector';
import type { Evidence } from '@/lib/domain/records';
import { cutText } from '@/lib/domain/text';
import type { EvidenceSide, EvidenceSource } from '@/lib/domain/vocabulary';

/** A suggestion before the repository stamps its times. */
export type NewEvidence = Omit<Evidence, 'createdAt' | 'updatedAt'>;
/** A suggestion whose account is added by the caller (captions may wait for it). */
export type AccountlessEvidence = Omit<NewEvidence, 'accountId'>;

/** The limits of `evidenceSchema` (lib/domain/records.ts). */
export const EVIDENCE_TEXT_LIMITS = { quote: 4000, speaker: 500, origin: 2000 } as const;

export interface DetectionOrigin {
  id: string;
  source: Exclude<EvidenceSource, 'manual' | 'signal'>;
  side: EvidenceSide;
  /** ISO time it was said or written. */
  at: string;
  personId?: string | undefined;
  speaker?: string | undefined;
  /** Where it was read: meeting title, thread subject, `note:<id>`. */
  origin?: string | undefined;
}

/**
 * Cuts on code points (cutText) to fit `max` UTF-16 units, the measure zod's `.max` uses:
 * 4000 code points with an emoji among them are more than 4000 units, and would be refused.
 */
export function fitEvidenceText(text: string, max: number): string {
  const cut = cutText(text, max);
  return cut.length <= max ? cut : cutText(cut, Array.from(cut).length - (cut.length - max));
}

function clamp01(n: number): number {
  return Math.min(1, Math.max(0, n));
}

/** The detection as a suggested evidence row, without its account (see module comment). */
export function suggestedEvidence(
  detection: MotivationDetection,
  from: DetectionOrigin,
): AccountlessEvidence {
  const speaker = from.speaker ? fitEvidenceText(from.speaker, EVIDENCE_TEXT_LIMITS.speaker) : '';
  const origin = from.origin ? fitEvidenceText(from.origin, EVIDENCE_TEXT_LIMITS.origin) : '';
  return {
    id: from.id,
    ...(from.personId ? { personId: from.personId } : {}),
    motivation: detection.motivation,
    ...(detection.signalId ? { signalId: detection.signalId } : {}),
    source: from.source,
    quote: fitEvidenceText(detection.quote, EVIDENCE_TEXT_LIMITS.quote),
    ...(speaker ? { speaker } : {}),
    side: from.side,
    ...(origin ? { origin } : {}),
    at: from.at,
    status: 'suggested',
    weight: clamp01(detection.confidence),
  };
}

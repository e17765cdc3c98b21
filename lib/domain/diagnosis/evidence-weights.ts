/**
 * How much one piece of evidence counts, before recency. These are tuning constants, stated
 * here so the panel can explain them and tests can pin them.
 */
import type { EvidenceSide, EvidenceSource, EvidenceStatus } from '../vocabulary';

/**
 * The rep's own judgement beats machine reading: a manual note or a typed discovery answer is
 * worth more than a caption the detector flagged. Captions and emails are buyer words read by
 * the detector, so their `weight` already carries its confidence.
 */
export const SOURCE_FACTOR: Record<EvidenceSource, number> = {
  manual: 1,
  answer: 0.95,
  signal: 0.9,
  note: 0.8,
  caption: 0.75,
  email: 0.75,
};

/**
 * Whose words: the buyer's quote counts as its source says; the rep's note or answer counts as
 * the rep's observation, at its own source weight (SOURCE_FACTOR note/answer) and labelled so;
 * a speaker nobody named yet counts half until the rep links them to a person; the seller's
 * own lines never count.
 */
export const SIDE_FACTOR: Record<EvidenceSide, number> = {
  buyer: 1,
  'rep-note': 1,
  unknown: 0.5,
  seller: 0,
};

/** Confirmed evidence counts fully, a suggestion half, a rejection not at all. */
export const STATUS_FACTOR: Record<EvidenceStatus, number> = {
  confirmed: 1,
  suggested: 0.5,
  rejected: 0,
};

/** A ticked checklist signal is the rep's current judgement: counted like `signal` evidence, undecayed. */
export const TICKED_SIGNAL_FACTOR = SOURCE_FACTOR.signal;

/** A motivation the rep set on a person (Person.motivations) counts as strong stated evidence. */
export const STATED_MOTIVATION_STRENGTH = 0.7;

/** Evidence loses half its strength every 45 days: a quote from last quarter still matters, less. */
export const DEFAULT_HALF_LIFE_DAYS = 45;

/**
 * The k-th repeat of the same signal (or the same quote) counts REPEAT_DAMPING^(k-1) as much:
 * twenty captions of one phrase in one call are one signal said often, not twenty signals.
 */
export const REPEAT_DAMPING = 0.5;

const DAY_MS = 86_400_000;

/**
 * 0.5^(age / half-life). Evidence dated in the future (clock skew) or with an unreadable date
 * counts as fresh: a bad timestamp must not silently erase what the buyer said.
 */
export function recencyFactor(atMs: number, nowMs: number, halfLifeDays = DEFAULT_HALF_LIFE_DAYS): number {
  if (!Number.isFinite(atMs)) return 1;
  const ageDays = Math.max(0, nowMs - atMs) / DAY_MS;
  return Math.pow(0.5, ageDays / halfLifeDays);
}

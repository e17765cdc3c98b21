/**
 * Whose words a piece of evidence is, and how to say so. The one place that decides what may
 * be shown as "the customer's words" (top card, briefs, the permission pack's "in their
 * words"): only the buyer's quotes, never the rep's own notes or answers, never a speaker
 * nobody has named yet. Pure.
 */
import type { Evidence } from '../records';
import { UNKNOWN_SPEAKER, type EvidenceSide } from '../vocabulary';

type SidedEvidence = Pick<Evidence, 'side' | 'source' | 'personId' | 'speaker' | 'status' | 'quote'>;

/**
 * The evidence's side. Rows from before sides existed: notes, answers and ticked signals are
 * the rep's; caption, email and hand-added quotes the buyer's. An unknown speaker becomes the
 * buyer once the rep links the quote to a person.
 */
export function evidenceSide(e: Pick<Evidence, 'side' | 'source' | 'personId'>): EvidenceSide {
  if (e.side === 'unknown') return e.personId ? 'buyer' : 'unknown';
  if (e.side) return e.side;
  return e.source === 'note' || e.source === 'answer' || e.source === 'signal' ? 'rep-note' : 'buyer';
}

/** True when the quote may be shown as the customer's own words (not rejected, buyer side). */
export function isCustomerWords(e: SidedEvidence): boolean {
  return e.status !== 'rejected' && !!e.quote && evidenceSide(e) === 'buyer';
}

/**
 * The customer's quotes, confirmed only unless `includeSuggested` (customer-facing text must
 * use confirmed ones only; a rep-facing list may show suggestions marked as such).
 */
export function customerQuotes<T extends SidedEvidence>(
  evidence: readonly T[],
  options: { includeSuggested?: boolean } = {},
): T[] {
  return evidence.filter(
    (e) => isCustomerWords(e) && (e.status === 'confirmed' || options.includeSuggested === true),
  );
}

/** Who said it, for the rep: a name, "Your note", or that the speaker is not named yet. */
export function speakerLabel(e: SidedEvidence): string {
  const side = evidenceSide(e);
  if (side === 'rep-note') return e.source === 'answer' ? 'Your discovery answer' : 'Your note';
  if (side === 'seller') return 'You';
  const name = e.speaker?.trim();
  if (side === 'unknown') {
    return !name || name === UNKNOWN_SPEAKER ? UNKNOWN_SPEAKER : `${name} (not named as a person yet)`;
  }
  return name || 'The customer';
}

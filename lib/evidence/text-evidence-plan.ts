/**
 * What re-reading one piece of the rep's text (a discovery answer, a note) changes in the
 * account's evidence. Pure: the handler passes the detections, the stored rows and the time.
 * The rows are the rep's observations (side 'rep-note'), never the customer's words.
 *
 * The text is the single source of that origin's suggestions, so:
 * 1. each detection gets an id from account, origin, motivation and quote: the same words
 *    always map to the same row, so re-analysing unchanged text adds nothing;
 * 2. a detection whose id is already stored (suggested, confirmed or rejected) is not added:
 *    the rep's judgement stands, and a rejected quote does not come back;
 * 3. the origin's *suggested* rows that the new text no longer yields are removed;
 *    confirmed and rejected rows are never touched.
 */
import type { MotivationDetection } from '@/lib/domain/detector';
import type { Evidence } from '@/lib/domain/records';
import type { TextEvidenceRequest } from '@/lib/messaging/protocol';
import { evidenceId } from './evidence-id';
import {
  EVIDENCE_TEXT_LIMITS,
  fitEvidenceText,
  suggestedEvidence,
  type NewEvidence,
} from './suggested-evidence';

export interface TextEvidencePlanInput {
  request: TextEvidenceRequest;
  detections: readonly MotivationDetection[];
  /** The account's live evidence rows (any source, any status). */
  existing: readonly Pick<Evidence, 'id' | 'origin' | 'source' | 'status'>[];
  /** ISO time the text was read. */
  at: string;
}

export interface TextEvidencePlan {
  add: NewEvidence[];
  /** Ids of stale suggestions to remove. */
  remove: string[];
}

/** Decides which evidence rows to add and which stale suggestions to remove (see above). */
export function planTextEvidence(input: TextEvidencePlanInput): TextEvidencePlan {
  const { request } = input;
  const add = new Map<string, NewEvidence>();
  for (const d of input.detections) {
    const quote = fitEvidenceText(d.quote, EVIDENCE_TEXT_LIMITS.quote);
    const id = evidenceId('text', request.accountId, request.origin, d.motivation, quote);
    if (add.has(id)) continue;
    // The rep's own words about the customer: the rep's observation (side 'rep-note'), about
    // the linked person if one, never said by them.
    add.set(id, {
      accountId: request.accountId,
      ...suggestedEvidence(d, {
        id,
        source: request.source,
        side: 'rep-note',
        at: input.at,
        personId: request.personId,
        origin: request.origin,
      }),
    });
  }
  const stored = new Set(input.existing.map((e) => e.id));
  const remove = input.existing
    .filter((e) => e.origin === request.origin && e.source === request.source)
    .filter((e) => e.status === 'suggested' && !add.has(e.id))
    .map((e) => e.id);
  return { add: [...add.values()].filter((row) => !stored.has(row.id)), remove };
}

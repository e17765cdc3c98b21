/**
 * What re-reading one piece of the rep's text (a discovery answer, a note) changes in the
 * account's evidence. Pure: the handler passes the detections, the stored rows and the time.
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

export type NewEvidence = Omit<Evidence, 'createdAt' | 'updatedAt'>;

export interface TextEvidencePlanInput {
  request: TextEvidenceRequest;
  detections: readonly MotivationDetection[];
  /** The account's live evidence rows (any source, any status). */
  existing: readonly Pick<Evidence, 'id' | 'origin' | 'source' | 'status'>[];
  /** ISO time the text was read. */
  at: string;
  /** Shown as who said it (e.g. the linked person's name). */
  speaker?: string;
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
    const quote = d.quote.slice(0, 4000);
    const id = evidenceId('text', request.accountId, request.origin, d.motivation, quote);
    if (add.has(id)) continue;
    add.set(id, {
      id,
      accountId: request.accountId,
      ...(request.personId ? { personId: request.personId } : {}),
      motivation: d.motivation,
      ...(d.signalId ? { signalId: d.signalId } : {}),
      source: request.source,
      quote,
      ...(input.speaker ? { speaker: input.speaker.slice(0, 500) } : {}),
      origin: request.origin,
      at: input.at,
      status: 'suggested',
      weight: Math.min(1, Math.max(0, d.confidence)),
    });
  }
  const stored = new Set(input.existing.map((e) => e.id));
  const remove = input.existing
    .filter((e) => e.origin === request.origin && e.source === request.source)
    .filter((e) => e.status === 'suggested' && !add.has(e.id))
    .map((e) => e.id);
  return { add: [...add.values()].filter((row) => !stored.has(row.id)), remove };
}

/**
 * The rep's discovery answers and notes → suggested evidence (source 'answer' / 'note').
 * The detector model lives in the background, so the panel sends the text here. The text
 * describes the customer, so the detector reads it for buyer language, but the rows are the
 * rep's observations (side 'rep-note'), never the customer's words. See
 * lib/evidence/text-evidence-plan.ts for what is added and removed on each re-read.
 */
import type { Detector } from '@/lib/domain/detector';
import type { Repositories } from '@/lib/db/repositories';
import type { MotiveDatabase } from '@/lib/db/schema';
import { panelChannel } from '@/lib/messaging/channels';
import { extensionPageSenderProblem } from '@/lib/messaging/guards';
import type { TextEvidenceRequest } from '@/lib/messaging/protocol';
import { guarded, MessageRejectedError } from '@/lib/messaging/receive';
import { panelSchemas } from '@/lib/messaging/schemas';
import { extensionIdentity } from './extension-identity';
import { getServices } from './services';
import { loadSignalDetector } from './signal-detector';
import { planTextEvidence, writeNewEvidence } from '@/lib/evidence';

export interface TextEvidenceDeps {
  db: MotiveDatabase;
  repos: Repositories;
  now: () => Date;
  detector: () => Promise<Detector>;
}

export function createTextEvidence(deps: TextEvidenceDeps) {
  return {
    /** Re-reads one origin's text; rejects an unknown account or a person of another account. */
    async handle(request: TextEvidenceRequest): Promise<{ created: number; removed: number }> {
      if (!(await deps.repos.accounts.get(request.accountId))) {
        throw new MessageRejectedError(`Rejected: no account ${request.accountId}.`);
      }
      const person = request.personId ? await deps.db.people.get(request.personId) : undefined;
      if (request.personId && (person?.accountId !== request.accountId || person.deleted === 1)) {
        throw new MessageRejectedError(`Rejected: no person ${request.personId} on this account.`);
      }
      const detections = request.text.trim()
        ? (await deps.detector()).detect(request.text, { side: 'buyer' }).motivations
        : [];
      const plan = planTextEvidence({
        request,
        detections,
        existing: await deps.repos.evidence.forAccount(request.accountId),
        at: deps.now().toISOString(),
      });
      for (const id of plan.remove) await deps.repos.evidence.remove(id);
      const created = await writeNewEvidence(deps.db, plan.add, deps.now);
      return { created, removed: plan.remove.length };
    },
  };
}
export type TextEvidence = ReturnType<typeof createTextEvidence>;

/** Registers the panel's `suggestEvidenceFromText` (extension pages only, payload validated). */
export function setupTextEvidence(): void {
  let service: TextEvidence | undefined;
  panelChannel.onMessage(
    'suggestEvidenceFromText',
    guarded(
      extensionIdentity(),
      extensionPageSenderProblem,
      panelSchemas.suggestEvidenceFromText,
      (request) => {
        const { db, repos, now } = getServices();
        service ??= createTextEvidence({ db, repos, now, detector: loadSignalDetector });
        return service.handle(request);
      },
    ),
  );
}

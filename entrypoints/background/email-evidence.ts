/**
 * The open thread's buyer messages → suggested evidence (source 'email'). The user's own
 * messages and colleagues on the user's domain are skipped: they are the seller's words.
 * Evidence ids are derived from the message and span, so re-reading a thread adds nothing.
 */
import type { Detector } from '@/lib/domain/detector';
import type { Repositories } from '@/lib/db/repositories';
import type { MotiveDatabase } from '@/lib/db/schema';
import {
  evidenceId,
  stableHash,
  suggestedEvidence,
  writeNewEvidence,
  type NewEvidence,
} from '@/lib/evidence';
import { isBuyerCandidate, isSellerMessage, messageDate } from '@/lib/evidence/email-sides';
import type { EmailMessage, PageContext } from '@/lib/messaging/page-context';
import { nameKey } from './speaker-side';

export interface EmailEvidenceDeps {
  db: MotiveDatabase;
  repos: Repositories;
  detector: () => Promise<Detector>;
  now: () => Date;
}

// Whose side a message is on lives in lib/evidence so the panel's deal-risk view reads threads alike.
export { isBuyerCandidate, isSellerMessage };

/** An ISO time from the app's date text, else when the page was read. */
function messageTime(message: EmailMessage, context: PageContext): string {
  return messageDate(message) ?? context.readAt;
}

export function createEmailEvidence(deps: EmailEvidenceDeps) {
  /** Message keys already analysed per account, so a re-report costs nothing. */
  const done = new Set<string>();

  return {
    /** Analyses the thread of an email page for `accountId`; returns new evidence rows written. */
    async handle(context: PageContext, accountId: string): Promise<number> {
      if (context.surface !== 'email' || !context.thread) return 0;
      const messages = context.thread.messages.filter((m) => isBuyerCandidate(m, context));
      const fresh = messages
        .map((m) => ({ m, key: `${accountId}:${stableHash(`${m.from.email ?? m.from.name}\n${m.text}`)}` }))
        .filter(({ key }) => !done.has(key));
      if (fresh.length === 0) return 0;
      const detector = await deps.detector();
      const people = await deps.repos.people.forAccount(accountId);
      const rows: NewEvidence[] = [];
      for (const { m, key } of fresh) {
        const person = people.find(
          (p) =>
            (p.email && p.email.toLowerCase() === m.from.email) || nameKey(p.name) === nameKey(m.from.name),
        );
        for (const d of detector.detect(m.text, { side: 'buyer' }).motivations) {
          rows.push({
            accountId,
            ...suggestedEvidence(d, {
              id: evidenceId('mail', key, d.motivation, d.span.start),
              source: 'email',
              side: 'buyer',
              at: messageTime(m, context),
              personId: person?.id,
              speaker: m.from.name,
              origin: context.thread.subject,
            }),
          });
        }
      }
      const written = await writeNewEvidence(deps.db, rows, deps.now);
      for (const { key } of fresh) done.add(key);
      return written;
    },
  };
}
export type EmailEvidence = ReturnType<typeof createEmailEvidence>;

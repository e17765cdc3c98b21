/**
 * A thread read on an email page, as the deal-risk rules see it: who wrote each message (the
 * seller's side or the buyer's) and when. Messages whose sender nobody could read are left
 * out: nobody can say whose silence they are.
 */
import type { SeenThread } from '@/lib/domain/deal-risk/types';
import type { PageContext } from '@/lib/messaging/page-context';
import { isBuyerCandidate, isSellerMessage, messageDate } from './email-sides';

export function seenThread(
  context: Pick<PageContext, 'thread' | 'userEmail' | 'userName'> | undefined,
): SeenThread | undefined {
  if (!context?.thread) return undefined;
  const messages = context.thread.messages.flatMap((m) => {
    const side = isSellerMessage(m, context) ? 'seller' : isBuyerCandidate(m, context) ? 'buyer' : undefined;
    if (!side) return [];
    const at = messageDate(m);
    return [{ side, text: m.text, from: m.from.name, ...(at ? { at } : {}) } as const];
  });
  return { subject: context.thread.subject, messages };
}

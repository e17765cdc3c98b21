/**
 * Whose side an email message is on: the user's and colleagues' (same domain) messages are the
 * seller's; the rest, when the sender was read, may be the buyer's. Shared by the background
 * (email evidence) and the panel (threads seen, for the deal-risk signals).
 */
import { domainBelongsTo, emailDomain, personNameKey as nameKey } from '@/lib/domain/account-resolution';
import type { EmailMessage, PageContext } from '@/lib/messaging/page-context';

/** True when the message was written by the user or a colleague (same domain as the user). */
export function isSellerMessage(
  message: EmailMessage,
  context: Pick<PageContext, 'userEmail' | 'userName'>,
): boolean {
  const from = message.from.email?.toLowerCase();
  const user = context.userEmail?.toLowerCase();
  if (from && user && from === user) return true;
  const own = emailDomain(user);
  const domain = emailDomain(from);
  if (own && domain && domainBelongsTo(domain, own)) return true;
  return !from && !!context.userName && nameKey(message.from.name) === nameKey(context.userName);
}

/**
 * True when the message may carry the buyer's words: its sender was read and is not the
 * seller's side. A message whose sender the reader could not find keeps its text in the page
 * context, but nobody can say who wrote it, so it is never evidence.
 */
export function isBuyerCandidate(
  message: EmailMessage,
  context: Pick<PageContext, 'userEmail' | 'userName'>,
): boolean {
  const known = Boolean(message.from.email || message.from.name.trim());
  return known && !isSellerMessage(message, context);
}

/** The message's time from the app's date text ("Nov 20, 2026 at 10:02"), or undefined. */
export function messageDate(message: Pick<EmailMessage, 'at'>): string | undefined {
  const parsed = message.at ? Date.parse(message.at.replace(/\s+at\s+/, ' ')) : Number.NaN;
  return Number.isFinite(parsed) ? new Date(parsed).toISOString() : undefined;
}

/**
 * Gmail keeps the view in the hash: `#inbox`, `#label/Clients`, `#search/acme` and, with a
 * thread open, `#inbox/FMfcgz…` (the last segment is the thread's id).
 */
import type { ParsedUrl } from '../site-reader';

const THREAD_ID = /^[A-Za-z0-9_-]{16,}$/;

/** Parses a Gmail URL: a thread when the hash ends in a thread id, else the mailbox. */
export function parseGmailUrl(url: URL): ParsedUrl | null {
  if (!url.pathname.startsWith('/mail/')) return null;
  const segments = url.hash.replace(/^#/, '').split('/').filter(Boolean);
  const last = segments.at(-1);
  if (segments.length >= 2 && last && THREAD_ID.test(last)) return { kind: 'thread', itemId: last };
  return { kind: 'inbox' };
}

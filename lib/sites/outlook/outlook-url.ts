/**
 * Outlook on the web: `/mail/[<n>/]<folder>/id/<itemId>` with an item open (work accounts on
 * outlook.office.com / office365.com, consumer ones on outlook.live.com), else the mailbox.
 */
import type { ParsedUrl } from '../site-reader';

/** Parses an Outlook mail URL; null for calendar, people and other modules. */
export function parseOutlookUrl(url: URL): ParsedUrl | null {
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments[0] !== 'mail') return null;
  const idIndex = segments.indexOf('id');
  const itemId = idIndex >= 0 ? segments[idIndex + 1] : undefined;
  if (itemId) return { kind: 'thread', itemId: decodeURIComponent(itemId).slice(0, 300) };
  return { kind: 'inbox' };
}

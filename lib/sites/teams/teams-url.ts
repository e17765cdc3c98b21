/**
 * Microsoft Teams on the web: the new client (`/v2/`), meeting join links
 * (`/l/meetup-join/…`), Teams free (`teams.live.com/meet/<id>`) and teams.cloud.microsoft.
 * Calls run inside the single-page app, so the URL alone cannot say a call is on: the reader
 * checks the page for the call toolbar.
 */
import type { ParsedUrl } from '../site-reader';

/** Parses a Teams app URL; null for static and download pages. */
export function parseTeamsUrl(url: URL): ParsedUrl | null {
  const path = url.pathname;
  const meet = /^\/meet\/(\d{6,20})/.exec(path);
  if (meet?.[1]) return { kind: 'call', itemId: meet[1] };
  if (path.startsWith('/l/meetup-join/')) return { kind: 'call' };
  if (path === '/' || path.startsWith('/v2') || path.startsWith('/_')) return { kind: 'call' };
  return null;
}

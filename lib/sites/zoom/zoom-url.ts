/**
 * Zoom web client: `/wc/<meetingId>/join|start|meeting` and `/wc/join/<meetingId>`, served
 * from app.zoom.us, zoom.us and vanity subdomains. The in-meeting UI loads in a same-origin
 * iframe whose URL has the same shape.
 */
import type { ParsedUrl } from '../site-reader';

const MEETING_ID = /^\d{9,12}$/;

/** Parses a web-client URL; null for the marketing site, profile and scheduling pages. */
export function parseZoomUrl(url: URL): ParsedUrl | null {
  const [root, a, b] = url.pathname.split('/').filter(Boolean);
  if (root !== 'wc') return null;
  const id = a === 'join' ? b : a;
  if (!id || !MEETING_ID.test(id)) return null;
  return { kind: 'call', itemId: id };
}

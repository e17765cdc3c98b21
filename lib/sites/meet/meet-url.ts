/** Google Meet calls live at `/<abc-defg-hij>` (a 3-4-3 letter code), optionally with a query. */
import type { ParsedUrl } from '../site-reader';

const CODE = /^[a-z]{3}-[a-z]{4}-[a-z]{3}$/;

/** Parses a meeting URL; null for the landing page, lookups and settings. */
export function parseMeetUrl(url: URL): ParsedUrl | null {
  const [code, ...rest] = url.pathname.split('/').filter(Boolean);
  if (!code || rest.length > 0 || !CODE.test(code)) return null;
  return { kind: 'call', itemId: code };
}

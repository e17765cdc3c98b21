/**
 * The one set of rules for a sync endpoint, used by the background when it stores one and by
 * Options as the rep types it. HTTPS is required because the token travels with every
 * request; plain HTTP only for a server on this computer (loopback), where nothing crosses the
 * network. Pure: no imports, safe in any bundle.
 */

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname);
}

/** The normalised endpoint (no trailing slash), or the reason it is not acceptable. */
export function checkEndpoint(raw: string): { ok: true; url: string } | { ok: false; reason: string } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, reason: 'That is not a complete URL (it should start with https://).' };
  }
  if (url.username || url.password)
    return { ok: false, reason: 'Do not put credentials in the URL; use the token field.' };
  if (url.search || url.hash)
    return {
      ok: false,
      reason: 'The endpoint URL cannot carry a query or fragment (never put the token in a URL).',
    };
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname))
    return { ok: false, reason: 'Use https:// — plain http is only allowed for a server on this computer.' };
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, reason: 'The endpoint must be an https:// URL.' };
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

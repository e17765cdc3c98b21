/**
 * Form checks for the sync endpoint (the background validates again when saving). HTTPS is
 * required because the token travels with every request; plain HTTP is allowed only for a
 * server on this machine (loopback), where nothing crosses the network.
 */

export type EndpointCheck = { ok: true; endpoint: string } | { ok: false; message: string };

/** The loopback names the background accepts for plain http (lib/sync/sync-config.ts). */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname);
}

/** Checks an endpoint URL typed by the user; returns it without a trailing slash. */
export function checkEndpoint(input: string): EndpointCheck {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'Enter the endpoint URL your team gave you.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: 'That is not a complete URL (it should start with https://).' };
  }
  if (url.username || url.password) {
    return { ok: false, message: 'Do not put credentials in the URL; use the token field.' };
  }
  if (url.search || url.hash) {
    return {
      ok: false,
      message: 'The endpoint URL cannot carry a query or fragment (never put the token in a URL).',
    };
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return { ok: false, message: 'Use https:// — plain http is only allowed for a server on this computer.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: 'The endpoint must be an https:// URL.' };
  }
  return { ok: true, endpoint: url.href.replace(/\/+$/, '') };
}

/** Tokens are at least 128 random bits, so anything shorter than 16 characters is a typo. */
export function checkToken(input: string): string | null {
  const token = input.trim();
  if (token === '') return 'Enter the access token.';
  if (token.length < 16) return 'That token is too short (tokens are at least 16 characters).';
  if (/\s/.test(token)) return 'A token has no spaces.';
  return null;
}

/**
 * Tokens never travel in a URL: URLs end up in proxy logs, browser history and referrers.
 * Any request whose URL carries the bearer token itself, a string shaped like a Motive
 * token, or a parameter whose name looks like a credential is refused before anything else,
 * with the reason. No route of this server takes a query parameter, so matching names
 * generously (api_key, X-Api-Key, access_token, sig, jwt, password…) costs nothing.
 */
import type { Context } from 'hono';
import { invalid } from './errors';

/** Name fragments of credential-like parameters, matched on the lower-cased name without separators. */
const CREDENTIAL_NAME =
  /token|key|auth|bearer|jwt|sig|secret|pass|pwd|session|sid|cred|cookie|access|login|apikey/;
/** Tokens this server issues (server/tokens.ts): never meaningful in a URL. */
const MOTIVE_TOKEN = /mtv_[A-Za-z0-9_-]{16,}/;
const BEARER_VALUE = /^Bearer (.+)$/;

/** Why this URL must be refused, or null. */
export function urlSecretProblem(c: Context): string | null {
  const url = new URL(c.req.url);
  for (const name of new Set(url.searchParams.keys())) {
    const normalised = name.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (CREDENTIAL_NAME.test(normalised))
      return `query parameter "${printable(name)}" looks like a credential`;
  }
  const raw = `${url.pathname}${url.search}`;
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    // Malformed escapes: the raw text is checked as is.
  }
  const bearer = BEARER_VALUE.exec(c.req.header('Authorization') ?? '')?.[1];
  if (bearer !== undefined && bearer.length >= 8 && (raw.includes(bearer) || decoded.includes(bearer)))
    return 'it contains the bearer token';
  if (MOTIVE_TOKEN.test(raw) || MOTIVE_TOKEN.test(decoded)) return 'it contains a Motive token';
  return null;
}

/** Throws 400 when the URL carries a credential (see urlSecretProblem). */
export function refuseSecretsInUrl(c: Context, log: Pick<Console, 'warn'>): void {
  const problem = urlSecretProblem(c);
  if (problem === null) return;
  log.warn(`refused a credential in the URL of ${c.req.method} ${new URL(c.req.url).pathname.slice(0, 80)}`);
  throw invalid(
    `URL: tokens are never accepted in a URL (${problem}). Send the token only in the Authorization ` +
      'header; if a real token was in this URL, revoke it, as URLs are logged.',
  );
}

function printable(name: string): string {
  return name.replace(/[^\x20-\x7e]/g, '?').slice(0, 40);
}

/**
 * Bearer-token authentication, from the headers alone (the body is read only once the
 * request is authenticated). Failed attempts are rate-limited per client address, and a
 * limited address is refused before its token is even looked up. Failures are logged with a
 * reason and never with the token itself.
 */
import type { Context } from 'hono';
import type { SqlStore } from '../store/sql-store';
import { verifyToken, type TokenIdentity } from '../tokens';
import { RequestError } from './errors';
import type { RateLimiter } from './rate-limit';

export type Logger = Pick<Console, 'info' | 'warn' | 'error'>;

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]{1,500})$/;

/**
 * The client's address as the socket sees it (@hono/node-server puts the Node request in
 * `env`; in-memory calls have none). Behind a proxy this is the proxy's address.
 */
export function peerAddress(c: Context): string {
  const node = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return node?.incoming?.socket?.remoteAddress ?? 'unknown';
}

export async function authenticate(
  c: Context,
  store: SqlStore,
  log: Logger,
  failures: RateLimiter | null,
): Promise<TokenIdentity> {
  const address = peerAddress(c);
  const bucket = `auth-failures:${address}`;
  const blocked = (await failures?.peek(bucket)) ?? 0;
  if (blocked > 0) {
    log.warn(`auth refused: too many failed attempts from ${address}`);
    throw new RequestError(
      429,
      'rate_limited',
      `Authorization: too many failed attempts from this address: retry in ${blocked} s`,
      { 'Retry-After': String(blocked) },
    );
  }
  const header = c.req.header('Authorization');
  const match = header === undefined ? null : BEARER.exec(header);
  const who = match === null ? null : await verifyToken(store, match[1]!);
  if (who !== null) return who;
  await failures?.take(bucket);
  if (match === null) {
    log.warn(
      `auth failed from ${address}: ${header === undefined ? 'no Authorization header' : 'malformed Authorization header'}`,
    );
    throw unauthorized('Authorization: a Bearer token is required');
  }
  log.warn(`auth failed from ${address}: unknown or revoked token`);
  throw unauthorized('Authorization: the token is unknown or revoked');
}

const unauthorized = (message: string) =>
  new RequestError(401, 'unauthorized', message, { 'WWW-Authenticate': 'Bearer realm="motive"' });

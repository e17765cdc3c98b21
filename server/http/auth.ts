/**
 * Bearer-token authentication. Failures are logged with a reason and the peer, never with
 * the token itself.
 */
import type { Context } from 'hono';
import type { SqlStore } from '../store/sql-store';
import { verifyToken, type TokenIdentity } from '../tokens';
import { RequestError } from './errors';

export type Logger = Pick<Console, 'info' | 'warn' | 'error'>;

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]{1,500})$/;
const TOKEN_PARAMS = ['token', 'access_token', 'auth', 'authorization'];

export async function authenticate(c: Context, store: SqlStore, log: Logger): Promise<TokenIdentity> {
  const url = new URL(c.req.url);
  if (TOKEN_PARAMS.some((name) => url.searchParams.has(name))) {
    log.warn(`auth refused: token sent in the URL (${c.req.method} ${url.pathname})`);
    throw new RequestError(400, 'invalid_request', 'Authorization: tokens are never accepted in a URL');
  }
  const header = c.req.header('Authorization');
  const match = header === undefined ? null : BEARER.exec(header);
  if (match === null) {
    log.warn(
      `auth failed: ${header === undefined ? 'no Authorization header' : 'malformed Authorization header'}`,
    );
    throw unauthorized('Authorization: a Bearer token is required');
  }
  const who = await verifyToken(store, match[1]!);
  if (who === null) {
    log.warn('auth failed: unknown or revoked token');
    throw unauthorized('Authorization: the token is unknown or revoked');
  }
  return who;
}

const unauthorized = (message: string) =>
  new RequestError(401, 'unauthorized', message, { 'WWW-Authenticate': 'Bearer realm="motive"' });

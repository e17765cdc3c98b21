/**
 * Bearer-token authentication, from the headers alone (the body is read only once the
 * request is authenticated), with both rate limits in the SAME statement: the address's
 * failed attempts are checked, then the token is looked up (not at all when the address is
 * limited), then one request is taken from the token's bucket. Only a failure costs a second
 * statement (counting it against the address). Failures are logged with a reason and never
 * with the token itself.
 */
import type { Context } from 'hono';
import type { SqlStore } from '../store/sql-store';
import { hashToken, type TokenIdentity } from '../tokens';
import { RequestError } from './errors';
import {
  forgetStaleBuckets,
  refilled,
  secondsToWait,
  take,
  takeSql,
  type RateLimitOptions,
} from './rate-limit';

export type Logger = Pick<Console, 'info' | 'warn' | 'error'>;

export interface AuthLimits {
  /** Failed authentications per client address; null: unlimited. */
  failures: RateLimitOptions | null;
  /** Requests per token, shared by every instance on the same database; null: unlimited. */
  perToken: RateLimitOptions | null;
  /** Milliseconds since the epoch. */
  now: () => number;
}

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]{1,500})$/;

/**
 * The client's address as the socket sees it (@hono/node-server puts the Node request in
 * `env`; in-memory calls have none). Behind a proxy this is the proxy's address.
 */
export function peerAddress(c: Context): string {
  const node = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return node?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/**
 * $1 the token's hash, $2 the address's failure bucket, $3 now (ms), $4–$5 the failure limit,
 * $6–$7 the token limit. A null bucket key or limit leaves that limit out.
 */
const AUTHENTICATE = `
  WITH failures AS (
    SELECT ${refilled({ burst: '$4', perSecond: '$5', now: '$3' })} AS tokens
    FROM rate_limits r WHERE r.key = $2::text
  ), who AS (
    SELECT id, workspace, user_id, 'token:' || id AS key FROM tokens
    WHERE hash = $1::text AND revoked_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM failures WHERE tokens < 1)
  ), taken AS (
    ${takeSql('who WHERE $6::float8 IS NOT NULL', { burst: '$6', perSecond: '$7', now: '$3' })}
  )
  SELECT (SELECT tokens FROM failures) AS failure_tokens,
         who.id, who.workspace, who.user_id, taken.tokens, taken.allowed
  FROM (SELECT 1) AS one LEFT JOIN who ON true LEFT JOIN taken ON true`;

interface AuthenticateRow {
  failure_tokens: number | null;
  id: string | null;
  workspace: string;
  user_id: string;
  tokens: number | null;
  allowed: boolean | null;
}

export async function authenticate(
  c: Context,
  store: SqlStore,
  log: Logger,
  limits: AuthLimits,
): Promise<TokenIdentity> {
  const address = peerAddress(c);
  const bucket = `auth-failures:${address}`;
  const header = c.req.header('Authorization');
  const match = header === undefined ? null : BEARER.exec(header);
  const now = Math.floor(limits.now());
  const { failures, perToken } = limits;
  const [row] = await store.query<AuthenticateRow>(AUTHENTICATE, [
    match === null ? null : hashToken(match[1]!),
    failures === null ? null : bucket,
    now,
    failures?.burst ?? null,
    failures?.perSecond ?? null,
    perToken?.burst ?? null,
    perToken?.perSecond ?? null,
  ]);
  if (failures !== null && row!.failure_tokens !== null && Number(row!.failure_tokens) < 1) {
    const blocked = secondsToWait(Number(row!.failure_tokens), failures);
    log.warn(`auth refused: too many failed attempts from ${address}`);
    throw new RequestError(
      429,
      'rate_limited',
      `Authorization: too many failed attempts from this address: retry in ${blocked} s`,
      { 'Retry-After': String(blocked) },
    );
  }
  if (row!.id === null) {
    if (failures !== null) await take(store, bucket, failures, now);
    if (match === null) {
      log.warn(
        `auth failed from ${address}: ${header === undefined ? 'no Authorization header' : 'malformed Authorization header'}`,
      );
      throw unauthorized('Authorization: a Bearer token is required');
    }
    log.warn(`auth failed from ${address}: unknown or revoked token`);
    throw unauthorized('Authorization: the token is unknown or revoked');
  }
  if (perToken !== null) {
    await forgetStaleBuckets(store, now);
    if (row!.allowed === false) {
      const wait = secondsToWait(Number(row!.tokens), perToken);
      throw new RequestError(429, 'rate_limited', `too many requests: retry in ${wait} s`, {
        'Retry-After': String(wait),
      });
    }
  }
  return { tokenId: row!.id, workspace: row!.workspace, userId: row!.user_id };
}

const unauthorized = (message: string) =>
  new RequestError(401, 'unauthorized', message, { 'WWW-Authenticate': 'Bearer realm="motive"' });

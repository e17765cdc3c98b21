/**
 * Rate limits as token buckets stored in the database (`rate_limits`), so they hold across
 * every server instance sharing one PostgreSQL (behind a load balancer a per-process bucket
 * would multiply the limit by the number of instances). Each take is ONE atomic upsert:
 * concurrent requests on any instance serialise on the bucket's row. The table is unlogged
 * (migration 3): a bucket is not worth a disk flush per request.
 *
 * The statements are built here and run by server/http/auth.ts, which checks the address's
 * failures, the token and the token's bucket in one statement.
 */
import type { Sql } from '../store/sql-store';

export interface RateLimitOptions {
  /** Requests allowed in a burst. */
  burst: number;
  /** Requests added back per second. */
  perSecond: number;
}

/** Per token: generous for sync (a busy profile syncs every few seconds). */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { burst: 120, perSecond: 10 };
/** Failed authentications per client address: 10, then one every 6 seconds. */
export const DEFAULT_AUTH_FAILURE_LIMIT: RateLimitOptions = { burst: 10, perSecond: 1 / 6 };

/** Buckets untouched for this long are deleted (a full bucket is the same as none). */
const STALE_MS = 60 * 60 * 1000;

/** Where a bucket statement finds its options and the time among its parameters ($n). */
export interface BucketParams {
  burst: string;
  perSecond: string;
  now: string;
}

/** The bucket `r` refilled up to now. */
export const refilled = (p: BucketParams) =>
  `LEAST(${p.burst}::float8, r.tokens + GREATEST(0, ${p.now}::bigint - r.at) / 1000.0 * ${p.perSecond}::float8)`;

/**
 * Takes one token from the bucket whose key `keys` selects (an INSERT's SELECT list and FROM):
 * a new bucket starts full, less the one taken; a bucket with less than one token left is
 * refused (`allowed` false) and keeps its tokens. Returns `tokens, allowed`.
 */
export function takeSql(keys: string, p: BucketParams): string {
  const tokens = refilled(p);
  return `INSERT INTO rate_limits AS r (key, tokens, at, allowed)
    SELECT key, ${p.burst}::float8 - 1, ${p.now}::bigint, true FROM ${keys}
    ON CONFLICT (key) DO UPDATE SET
      tokens = CASE WHEN ${tokens} >= 1 THEN ${tokens} - 1 ELSE ${tokens} END,
      allowed = ${tokens} >= 1,
      at = GREATEST(r.at, ${p.now}::bigint)
    RETURNING tokens, allowed`;
}

/** The seconds to wait for one whole token, at least 1. */
export const secondsToWait = (tokens: number, options: RateLimitOptions) =>
  Math.max(1, Math.ceil((1 - tokens) / options.perSecond));

/** Takes one request from `key`'s bucket: 0 if allowed, else the seconds to wait. */
export async function take(sql: Sql, key: string, options: RateLimitOptions, now: number): Promise<number> {
  const p = { burst: '$2', perSecond: '$4', now: '$3' };
  const [row] = await sql.query<{ tokens: number; allowed: boolean }>(
    takeSql('(SELECT $1::text AS key) k', p),
    [key, options.burst, Math.floor(now), options.perSecond],
  );
  await forgetStaleBuckets(sql, now);
  return row!.allowed ? 0 : secondsToWait(Number(row!.tokens), options);
}

/** Now and then (1 take in 100), deletes the buckets untouched for an hour. */
export async function forgetStaleBuckets(sql: Sql, now: number): Promise<void> {
  if (Math.random() < 0.01) {
    await sql.query('DELETE FROM rate_limits WHERE at < $1', [Math.floor(now) - STALE_MS]);
  }
}

/**
 * Rate limits as token buckets stored in the database (`rate_limits`), so they hold across
 * every server instance sharing one PostgreSQL (behind a load balancer a per-process bucket
 * would multiply the limit by the number of instances). Each take is ONE atomic upsert:
 * concurrent requests on any instance serialise on the bucket's row.
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

export interface RateLimiter {
  /** Takes one request from `key`'s bucket: 0 if allowed, else the seconds to wait. */
  take(key: string): Promise<number>;
  /** The seconds to wait before `key` may take again (0: it may), without taking. */
  peek(key: string): Promise<number>;
}

export function createRateLimiter(
  sql: Sql,
  options: RateLimitOptions,
  now: () => number = Date.now,
): RateLimiter {
  // $2 burst, $3 now (ms), $4 per second: the bucket refilled up to now.
  const refill = 'LEAST($2::float8, r.tokens + GREATEST(0, $3::bigint - r.at) / 1000.0 * $4::float8)';
  const wait = (tokens: number) => Math.max(1, Math.ceil((1 - tokens) / options.perSecond));
  const params = (key: string) => [key, options.burst, Math.floor(now()), options.perSecond];
  return {
    async take(key) {
      const [row] = await sql.query<{ tokens: number; allowed: boolean }>(
        `INSERT INTO rate_limits AS r (key, tokens, at, allowed) VALUES ($1, $2::float8 - 1, $3, true)
         ON CONFLICT (key) DO UPDATE SET
           tokens = CASE WHEN ${refill} >= 1 THEN ${refill} - 1 ELSE ${refill} END,
           allowed = ${refill} >= 1,
           at = GREATEST(r.at, $3::bigint)
         RETURNING tokens, allowed`,
        params(key),
      );
      if (Math.random() < 0.01) {
        await sql.query('DELETE FROM rate_limits WHERE at < $1', [Math.floor(now()) - STALE_MS]);
      }
      return row!.allowed ? 0 : wait(Number(row!.tokens));
    },
    async peek(key) {
      const [row] = await sql.query<{ tokens: number }>(
        `SELECT ${refill} AS tokens FROM rate_limits r WHERE key = $1`,
        params(key),
      );
      return row === undefined || Number(row.tokens) >= 1 ? 0 : wait(Number(row.tokens));
    },
  };
}

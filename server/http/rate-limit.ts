/**
 * Per-token rate limit: a token bucket in memory (each server instance limits on its own).
 * `take` answers how long to wait when the bucket is empty.
 */
export interface RateLimitOptions {
  /** Requests allowed in a burst. */
  burst: number;
  /** Requests added back per second. */
  perSecond: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { burst: 120, perSecond: 10 };

export function createRateLimiter(options: RateLimitOptions, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    /** Takes one request from `key`'s bucket: 0 if allowed, else the seconds to wait. */
    take(key: string): number {
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: options.burst, at: t };
      bucket.tokens = Math.min(options.burst, bucket.tokens + ((t - bucket.at) / 1000) * options.perSecond);
      bucket.at = t;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / options.perSecond));
    },
  };
}

/**
 * GET /v1/health: 200 only when the database answers (a load balancer must not send syncs
 * to an instance that cannot store them); else 503 `unavailable`, answered within
 * HEALTH_TIMEOUT_MS even when the database hangs.
 */
import type { Context } from 'hono';
import type { SqlStore } from '../store/sql-store';
import { SERVER_VERSION } from '../version';
import type { Logger } from './auth';
import { RequestError, errorResponse } from './errors';

export const HEALTH_TIMEOUT_MS = 3_000;

export async function healthCheck(c: Context, store: SqlStore, log: Logger): Promise<Response> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      store.query('SELECT 1'),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer in ${HEALTH_TIMEOUT_MS} ms`)),
          HEALTH_TIMEOUT_MS,
        );
      }),
    ]);
  } catch (error) {
    log.error(`health: the database is not answering (${(error as Error).message})`);
    return errorResponse(
      c,
      new RequestError(503, 'unavailable', 'database: not reachable; retry later', { 'Retry-After': '5' }),
    );
  } finally {
    clearTimeout(timer);
  }
  return c.json({ ok: true as const, version: SERVER_VERSION });
}

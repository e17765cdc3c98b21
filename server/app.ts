/**
 * The HTTP surface (Hono). Routes stay thin: authenticate, rate-limit, read JSON, then hand
 * over to server/sync. Every error is the JSON body of sync-protocol.md.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { MAX_BODY_BYTES } from '../lib/sync/protocol';
import { adminRoutes } from './admin-routes';
import { authenticate, type Logger } from './http/auth';
import { CORS_OPTIONS } from './http/cors';
import { RequestError, errorResponse, invalid, tooLarge } from './http/errors';
import { DEFAULT_RATE_LIMIT, createRateLimiter, type RateLimitOptions } from './http/rate-limit';
import type { SqlStore } from './store/sql-store';
import { selectorPackRoutes } from './selector-pack-routes';
import { applySync } from './sync/apply-sync';
import { validateSyncRequest } from './sync/validate-request';
import { SERVER_VERSION } from './version';

export interface AppOptions {
  store: SqlStore;
  now?: () => Date;
  log?: Logger;
  rateLimit?: RateLimitOptions | false;
  /** Enables the loopback-only admin routes (token commands while the server runs). */
  adminSecret?: string;
}

export function createApp(options: AppOptions): Hono {
  const { store } = options;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? console;
  const limiter =
    options.rateLimit === false ? null : createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const app = new Hono();

  app.use('/v1/*', cors(CORS_OPTIONS));

  app.get('/v1/health', (c) => c.json({ ok: true as const, version: SERVER_VERSION }));

  app.post(
    '/v1/sync',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => errorResponse(c, tooLarge(`body: at most ${MAX_BODY_BYTES} bytes`)),
    }),
    async (c) => {
      const who = await authenticate(c, store, log);
      const wait = limiter?.take(who.tokenId) ?? 0;
      if (wait > 0) {
        throw new RequestError(429, 'rate_limited', `too many requests: retry in ${wait} s`, {
          'Retry-After': String(wait),
        });
      }
      const request = validateSyncRequest(await readJson(c));
      return c.json(await applySync(store, who, request, now));
    },
  );

  app.route('/', selectorPackRoutes(store, log));

  if (options.adminSecret !== undefined) app.route('/admin', adminRoutes(store, options.adminSecret));

  app.on(['GET', 'PUT', 'PATCH', 'DELETE', 'HEAD'], '/v1/sync', (c) => methodNotAllowed(c, 'POST'));
  app.on(['POST', 'PUT', 'PATCH', 'DELETE'], '/v1/health', (c) => methodNotAllowed(c, 'GET'));
  app.notFound((c) =>
    errorResponse(c, new RequestError(404, 'not_found', `no route ${c.req.method} ${c.req.path}`)),
  );
  app.onError((error, c) => {
    if (error instanceof RequestError) return errorResponse(c, error);
    log.error(`internal error on ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}`);
    return errorResponse(c, new RequestError(500, 'internal', 'internal error: retry with backoff'));
  });
  return app;
}

async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalid('body: not valid JSON');
  }
}

function methodNotAllowed(c: Context, allow: string): Response {
  return errorResponse(
    c,
    new RequestError(405, 'method_not_allowed', `${c.req.method} ${c.req.path}: use ${allow}`, {
      Allow: allow,
    }),
  );
}

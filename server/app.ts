/**
 * The HTTP surface (Hono). Routes stay thin: refuse credentials in the URL, authenticate
 * from the headers, rate-limit, and only then read the body (bounded in bytes and time),
 * before handing over to server/sync. Every error is the JSON body of sync-protocol.md.
 */
import { Hono, type Context } from 'hono';
import { MAX_BODY_BYTES } from '../lib/sync/protocol';
import { adminRoutes } from './admin-routes';
import { authenticate, type AuthLimits, type Logger } from './http/auth';
import { extensionCors } from './http/cors';
import { RequestError, errorResponse } from './http/errors';
import { healthCheck } from './http/health';
import { DEFAULT_AUTH_FAILURE_LIMIT, DEFAULT_RATE_LIMIT, type RateLimitOptions } from './http/rate-limit';
import { BODY_TIMEOUT_MS, readJsonBody } from './http/read-body';
import { refuseSecretsInUrl } from './http/url-secrets';
import type { SqlStore } from './store/sql-store';
import { selectorPackRoutes } from './selector-pack-routes';
import { applySync, pushQueue } from './sync/apply-sync';
import { validateSyncRequest } from './sync/validate-request';

export interface AppOptions {
  store: SqlStore;
  now?: () => Date;
  log?: Logger;
  /** Requests per token (shared by every instance on the same database). */
  rateLimit?: RateLimitOptions | false;
  /** Failed authentications per client address. */
  authFailureLimit?: RateLimitOptions | false;
  /** How long a request body may take to arrive. */
  bodyTimeoutMs?: number;
  /** Enables the loopback-only admin routes (token commands while the server runs). */
  adminSecret?: string;
}

export function createApp(options: AppOptions): Hono {
  const { store } = options;
  const now = options.now ?? (() => new Date());
  const clock = () => now().getTime();
  const log = options.log ?? console;
  const failures = limitOf(options.authFailureLimit, DEFAULT_AUTH_FAILURE_LIMIT);
  const syncLimits: AuthLimits = {
    failures,
    perToken: limitOf(options.rateLimit, DEFAULT_RATE_LIMIT),
    now: clock,
  };
  const pushes = pushQueue(store, now);
  const app = new Hono();

  app.use('*', async (c: Context, next) => {
    refuseSecretsInUrl(c, log);
    await next();
  });
  app.use('/v1/*', extensionCors());

  app.get('/v1/health', (c) => healthCheck(c, store, log));

  app.post('/v1/sync', async (c) => {
    const who = await authenticate(c, store, log, syncLimits);
    const body = await readJsonBody(c, {
      maxBytes: MAX_BODY_BYTES,
      timeoutMs: options.bodyTimeoutMs ?? BODY_TIMEOUT_MS,
    });
    const request = validateSyncRequest(body);
    const answer = await applySync(store, who, request, pushes);
    return c.body(answer, 200, { 'Content-Type': 'application/json' });
  });

  app.route('/', selectorPackRoutes(store, log, { failures, perToken: null, now: clock }));

  if (options.adminSecret !== undefined) app.route('/admin', adminRoutes(store, options.adminSecret));

  app.on(['GET', 'PUT', 'PATCH', 'DELETE', 'HEAD'], '/v1/sync', (c) => methodNotAllowed(c, 'POST'));
  app.on(['POST', 'PUT', 'PATCH', 'DELETE'], '/v1/health', (c) => methodNotAllowed(c, 'GET'));
  app.notFound((c) =>
    errorResponse(c, new RequestError(404, 'not_found', `no route ${c.req.method} ${c.req.path}`)),
  );
  app.onError((error, c) => {
    if (error instanceof RequestError) return errorResponse(c, error);
    // The stack goes to the log, never to the client.
    log.error(`internal error on ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}`);
    return errorResponse(c, new RequestError(500, 'internal', 'internal error: retry with backoff'));
  });
  return app;
}

function limitOf(option: RateLimitOptions | false | undefined, fallback: RateLimitOptions) {
  return option === false ? null : (option ?? fallback);
}

function methodNotAllowed(c: Context, allow: string): Response {
  return errorResponse(
    c,
    new RequestError(405, 'method_not_allowed', `${c.req.method} ${c.req.path}: use ${allow}`, {
      Allow: allow,
    }),
  );
}

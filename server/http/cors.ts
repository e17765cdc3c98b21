/** CORS: only browser extensions may call the endpoint from a page context. */
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension|safari-web-extension):\/\/[A-Za-z0-9._-]{1,128}$/;

export function isExtensionOrigin(origin: string | undefined): boolean {
  return origin !== undefined && EXTENSION_ORIGIN.test(origin);
}

export const CORS_OPTIONS = {
  origin: (origin: string) => (isExtensionOrigin(origin) ? origin : null),
  allowMethods: ['GET', 'POST', 'OPTIONS'],
  allowHeaders: ['Authorization', 'Content-Type'],
  maxAge: 600,
};

/**
 * hono/cors for preflights; for every other request the same two headers, prepared BEFORE
 * the handler runs (`c.header`), so they go into the response the handler builds.
 * hono/cors touches the response around the handler (`c.res`), and Hono then copies it
 * through its body as a stream: @hono/node-server's string body is read back chunk by
 * chunk (a timer tick included) before it is written (tests/bench/server-throughput).
 */
export function extensionCors(): MiddlewareHandler {
  const preflight = cors(CORS_OPTIONS);
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    const origin = c.req.header('Origin');
    if (isExtensionOrigin(origin)) c.header('Access-Control-Allow-Origin', origin);
    c.header('Vary', 'Origin');
    await next();
  };
}

/**
 * Token administration while the server runs (the CLI must not open the PGlite directory a
 * second time). Loopback peers only, and only with the secret kept in the data directory.
 */
import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { RequestError } from './http/errors';
import { selectorPackAdminRoutes } from './selector-pack-routes';
import type { SqlStore } from './store/sql-store';
import { createToken, listTokens, revokeToken } from './tokens';

const createSchema = z.object({ workspace: z.string(), user: z.string() }).strict();

/** The peer address, from the Node request @hono/node-server puts in `env` (absent in memory). */
function isLoopback(env: unknown): boolean {
  const node = env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const address = node?.incoming?.socket?.remoteAddress ?? '';
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

function sameSecret(given: string | undefined, secret: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function adminRoutes(store: SqlStore, secret: string): Hono {
  const admin = new Hono();
  admin.use('*', async (c, next) => {
    if (!isLoopback(c.env) || !sameSecret(c.req.header('X-Motive-Admin'), secret)) {
      throw new RequestError(403, 'forbidden', 'admin routes: loopback and the data directory secret only');
    }
    await next();
  });
  admin.get('/tokens', async (c) => c.json({ tokens: await listTokens(store) }));
  admin.post('/tokens', async (c) => {
    const body = createSchema.safeParse(await c.req.json().catch(() => null));
    if (!body.success) throw new RequestError(400, 'invalid_request', 'body: {workspace, user} expected');
    try {
      const { token, info } = await createToken(store, body.data.workspace, body.data.user);
      return c.json({ token, ...info });
    } catch (error) {
      throw new RequestError(400, 'invalid_request', (error as Error).message);
    }
  });
  admin.delete('/tokens/:id', async (c) => c.json({ revoked: await revokeToken(store, c.req.param('id')) }));
  admin.route('/selector-pack', selectorPackAdminRoutes(store));
  return admin;
}

/**
 * Selector packs over HTTP. `GET /v1/selector-pack`: any valid token reads its workspace's
 * team pack (`{ pack: null }` when none was published). Publishing is an admin route
 * (loopback + data-directory secret, mounted under /admin), used by `npm run server -- pack`.
 */
import { Hono } from 'hono';
import { checkSelectorPack } from '../lib/sync/selector-pack-schema';
import { authenticate, type AuthLimits, type Logger } from './http/auth';
import { RequestError } from './http/errors';
import { StalePackError, publishSelectorPack, readSelectorPack } from './store/selector-pack-store';
import type { SqlStore } from './store/sql-store';
import { NAME_PATTERN } from './tokens';

/** `limits`: the same per-address limit on failed authentication as the sync route. */
export function selectorPackRoutes(store: SqlStore, log: Logger, limits: AuthLimits): Hono {
  const routes = new Hono();
  routes.get('/v1/selector-pack', async (c) => {
    const who = await authenticate(c, store, log, limits);
    return c.json({ pack: await readSelectorPack(store, who.workspace) });
  });
  routes.on(['POST', 'PUT', 'PATCH', 'DELETE'], '/v1/selector-pack', () => {
    throw new RequestError(405, 'method_not_allowed', 'selector packs are published by an admin', {
      Allow: 'GET',
    });
  });
  return routes;
}

/** Mounted inside the admin routes (their guard runs first): PUT /admin/selector-pack/:workspace. */
export function selectorPackAdminRoutes(store: SqlStore): Hono {
  const admin = new Hono();
  admin.get('/:workspace', async (c) =>
    c.json({ pack: await readSelectorPack(store, c.req.param('workspace')) }),
  );
  admin.put('/:workspace', async (c) => {
    const workspace = c.req.param('workspace');
    if (!NAME_PATTERN.test(workspace))
      throw new RequestError(400, 'invalid_request', 'workspace: not a name');
    const checked = checkSelectorPack(await c.req.json().catch(() => null));
    if (!checked.ok)
      throw new RequestError(400, 'invalid_request', `selector pack refused: ${checked.reason}`);
    try {
      await publishSelectorPack(store, workspace, checked.pack);
    } catch (error) {
      if (error instanceof StalePackError) throw new RequestError(409, 'invalid_request', error.message);
      throw error;
    }
    return c.json({ published: { workspace, version: checked.pack.version } });
  });
  return admin;
}

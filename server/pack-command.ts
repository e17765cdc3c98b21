/**
 * `npm run server -- pack publish FILE --workspace W` and `pack show --workspace W`. Like the
 * token commands: through the running server's admin route when it owns the PGlite directory,
 * else directly. The pack is checked by the same schema the extension uses.
 */
import { readFileSync } from 'node:fs';
import { checkSelectorPack } from '../lib/sync/selector-pack-schema';
import { acquireDataDirLock, adminSecret, lockOwner } from './data-dir-lock';
import { openStore, type StoreLocation } from './store/open-store';
import { publishSelectorPack, readSelectorPack } from './store/selector-pack-store';
import type { SqlStore } from './store/sql-store';

interface Context extends StoreLocation {
  flag(name: string): string | undefined;
}

const USAGE = 'Usage: pack publish FILE --workspace W | pack show --workspace W';

export async function runPackCommand(args: string[], ctx: Context): Promise<number> {
  const workspace = ctx.flag('workspace');
  const publish = args[0] === 'publish' && args[1] && !args[1].startsWith('--') ? args[1] : null;
  if (!workspace || (!publish && args[0] !== 'show')) throw new Error(USAGE);
  let body: unknown;
  if (publish) {
    const checked = checkSelectorPack(JSON.parse(readFileSync(publish, 'utf8')) as unknown);
    if (!checked.ok) throw new Error(`Selector pack refused: ${checked.reason}`);
    body = checked.pack;
  }
  const owner = ctx.databaseUrl ? null : lockOwner(ctx.dataDir);
  const result = owner?.port
    ? await viaServer(workspace, body, owner.host ?? '127.0.0.1', owner.port, adminSecret(ctx.dataDir))
    : await direct(workspace, body, ctx);
  console.log(
    publish
      ? `Published selector pack v${(body as { version: number }).version} to ${workspace}.`
      : JSON.stringify(result, null, 2),
  );
  return 0;
}

async function direct(workspace: string, body: unknown, ctx: Context): Promise<unknown> {
  const release = ctx.databaseUrl ? () => undefined : acquireDataDirLock(ctx.dataDir);
  let store: SqlStore | undefined;
  try {
    store = await openStore(ctx);
    if (body) await publishSelectorPack(store, workspace, body as never);
    return { pack: await readSelectorPack(store, workspace) };
  } finally {
    await store?.close();
    release();
  }
}

async function viaServer(workspace: string, body: unknown, host: string, port: number, secret: string) {
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/admin/selector-pack/${encodeURIComponent(workspace)}`;
  const response = await fetch(url, {
    method: body ? 'PUT' : 'GET',
    headers: { 'X-Motive-Admin': secret, 'Content-Type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const answer = (await response.json()) as { error?: { message: string } };
  if (!response.ok)
    throw new Error(`The running server refused: ${answer.error?.message ?? response.status}`);
  return answer;
}

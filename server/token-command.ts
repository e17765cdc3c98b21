/**
 * Token commands. With PGlite, a running server owns the data directory, so the command
 * goes through its loopback admin route; otherwise it takes the directory lock itself.
 */
import { acquireDataDirLock, adminSecret, lockOwner } from './data-dir-lock';
import { openStore, type StoreLocation } from './store/open-store';
import type { SqlStore } from './store/sql-store';
import { createToken, listTokens, revokeToken, type TokenInfo } from './tokens';

interface Context extends StoreLocation {
  flag(name: string): string | undefined;
}

type Action =
  { kind: 'create'; workspace: string; user: string } | { kind: 'list' } | { kind: 'revoke'; id: string };

function parse(args: string[], ctx: Context): Action {
  if (args[0] === 'create') {
    const workspace = ctx.flag('workspace');
    const user = ctx.flag('user');
    if (!workspace || !user) throw new Error('Usage: token create --workspace W --user U [--data DIR]');
    return { kind: 'create', workspace, user };
  }
  if (args[0] === 'list') return { kind: 'list' };
  if (args[0] === 'revoke' && args[1] && !args[1].startsWith('--')) return { kind: 'revoke', id: args[1] };
  throw new Error('Usage: token create --workspace W --user U | token list | token revoke ID');
}

export async function runTokenCommand(args: string[], ctx: Context): Promise<number> {
  const action = parse(args, ctx);
  const owner = ctx.databaseUrl ? null : lockOwner(ctx.dataDir);
  const output = owner?.port
    ? await viaServer(action, owner.host ?? '127.0.0.1', owner.port, adminSecret(ctx.dataDir))
    : await direct(action, ctx);
  print(action, output);
  return action.kind === 'revoke' && !(output as { revoked: boolean }).revoked ? 1 : 0;
}

async function direct(action: Action, ctx: Context): Promise<unknown> {
  const release = ctx.databaseUrl ? () => undefined : acquireDataDirLock(ctx.dataDir);
  let store: SqlStore | undefined;
  try {
    store = await openStore(ctx);
    if (action.kind === 'create') {
      const { token, info } = await createToken(store, action.workspace, action.user);
      return { token, ...info };
    }
    if (action.kind === 'list') return { tokens: await listTokens(store) };
    return { revoked: await revokeToken(store, action.id) };
  } finally {
    await store?.close();
    release();
  }
}

async function viaServer(action: Action, host: string, port: number, secret: string): Promise<unknown> {
  const base = `http://${host.includes(':') ? `[${host}]` : host}:${port}/admin/tokens`;
  const headers = { 'X-Motive-Admin': secret, 'Content-Type': 'application/json' };
  const response =
    action.kind === 'create'
      ? await fetch(base, {
          method: 'POST',
          headers,
          body: JSON.stringify({ workspace: action.workspace, user: action.user }),
        })
      : action.kind === 'list'
        ? await fetch(base, { headers })
        : await fetch(`${base}/${encodeURIComponent(action.id)}`, { method: 'DELETE', headers });
  const body = (await response.json()) as { error?: { message: string } };
  if (!response.ok) throw new Error(`The running server refused: ${body.error?.message ?? response.status}`);
  return body;
}

function print(action: Action, output: unknown): void {
  if (action.kind === 'create') {
    const created = output as { token: string; tokenId: string; workspace: string; userId: string };
    console.log(
      `Created token ${created.tokenId} for user ${created.userId} in workspace ${created.workspace}.`,
    );
    console.log("It is shown once; paste it into Motive's settings:");
    console.log(created.token);
  } else if (action.kind === 'list') {
    const { tokens } = output as { tokens: TokenInfo[] };
    if (tokens.length === 0) console.log('No tokens.');
    for (const t of tokens) {
      console.log(
        `${t.tokenId}\t${t.workspace}\t${t.userId}\t${t.createdAt}\t${t.revokedAt ? `revoked ${t.revokedAt}` : 'active'}`,
      );
    }
  } else {
    console.log(
      (output as { revoked: boolean }).revoked ? `Revoked ${action.id}.` : `No active token ${action.id}.`,
    );
  }
}

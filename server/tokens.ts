/**
 * Access tokens: 256 random bits, shown once, stored only as a SHA-256 hash, revocable.
 * A token names one user in one workspace.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Sql } from './store/sql-store';

export interface TokenIdentity {
  tokenId: string;
  workspace: string;
  userId: string;
}

export interface TokenInfo extends TokenIdentity {
  createdAt: string;
  revokedAt: string | null;
}

/** Workspace and user names: short, printable, no spaces (they appear in logs and records). */
export const NAME_PATTERN = /^[A-Za-z0-9_.@-]{1,128}$/;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Creates a token; the returned secret is never stored. */
export async function createToken(
  sql: Sql,
  workspace: string,
  userId: string,
): Promise<{ token: string; info: TokenIdentity }> {
  if (!NAME_PATTERN.test(workspace))
    throw new Error('workspace: use 1–128 characters of A–Z a–z 0–9 _ . @ -');
  if (!NAME_PATTERN.test(userId)) throw new Error('user: use 1–128 characters of A–Z a–z 0–9 _ . @ -');
  const token = `mtv_${randomBytes(32).toString('base64url')}`;
  const tokenId = `t_${randomBytes(6).toString('hex')}`;
  await sql.query('INSERT INTO tokens (id, hash, workspace, user_id) VALUES ($1, $2, $3, $4)', [
    tokenId,
    hashToken(token),
    workspace,
    userId,
  ]);
  await sql.query('INSERT INTO workspaces (id) VALUES ($1) ON CONFLICT (id) DO NOTHING', [workspace]);
  return { token, info: { tokenId, workspace, userId } };
}

export async function listTokens(sql: Sql): Promise<TokenInfo[]> {
  const rows = await sql.query<{
    id: string;
    workspace: string;
    user_id: string;
    created_at: Date | string;
    revoked_at: Date | string | null;
  }>('SELECT id, workspace, user_id, created_at, revoked_at FROM tokens ORDER BY created_at, id');
  return rows.map((r) => ({
    tokenId: r.id,
    workspace: r.workspace,
    userId: r.user_id,
    createdAt: new Date(r.created_at).toISOString(),
    revokedAt: r.revoked_at === null ? null : new Date(r.revoked_at).toISOString(),
  }));
}

/** Revokes a token by id; false when there is no such live token. */
export async function revokeToken(sql: Sql, tokenId: string): Promise<boolean> {
  const rows = await sql.query(
    'UPDATE tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id',
    [tokenId],
  );
  return rows.length > 0;
}

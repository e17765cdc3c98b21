/**
 * The team selector pack, one per workspace: the newest published pack wins, and a
 * publication must count the version up (a stale or replayed publication is refused).
 * The table is created on first use (IF NOT EXISTS) so this feature adds no migration step.
 */
import type { SelectorPack } from '../../lib/domain/selector-pack';
import type { Sql } from './sql-store';

const ready = new WeakSet<Sql>();

async function ensureTable(sql: Sql): Promise<void> {
  if (ready.has(sql)) return;
  await sql.query(`CREATE TABLE IF NOT EXISTS selector_packs (
    workspace text PRIMARY KEY,
    version bigint NOT NULL,
    pack jsonb NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now()
  )`);
  ready.add(sql);
}

export async function readSelectorPack(sql: Sql, workspace: string): Promise<SelectorPack | null> {
  await ensureTable(sql);
  const rows = await sql.query<{ pack: SelectorPack | string }>(
    'SELECT pack FROM selector_packs WHERE workspace = $1',
    [workspace],
  );
  const pack = rows[0]?.pack;
  if (pack === undefined) return null;
  return typeof pack === 'string' ? (JSON.parse(pack) as SelectorPack) : pack;
}

export class StalePackError extends Error {
  override name = 'StalePackError';
}

/** Stores `pack` for `workspace`; throws StalePackError unless its version is above the current one. */
export async function publishSelectorPack(sql: Sql, workspace: string, pack: SelectorPack): Promise<void> {
  await ensureTable(sql);
  const rows = await sql.query<{ workspace: string }>(
    `INSERT INTO selector_packs (workspace, version, pack) VALUES ($1, $2, $3::jsonb)
     ON CONFLICT (workspace) DO UPDATE SET version = EXCLUDED.version, pack = EXCLUDED.pack, published_at = now()
     WHERE selector_packs.version < EXCLUDED.version
     RETURNING workspace`,
    [workspace, pack.version, JSON.stringify(pack)],
  );
  if (rows.length === 0) {
    const current = await readSelectorPack(sql, workspace);
    throw new StalePackError(
      `version ${pack.version} is not above the published version ${current?.version}`,
    );
  }
}

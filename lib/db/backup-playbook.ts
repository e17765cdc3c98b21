/**
 * The team playbook's part of import/export: entries validated elsewhere
 * (`parsePlaybookImport` in lib/playbook) are written here as synced `playbook` records,
 * all in ONE transaction so a file is imported whole or not at all.
 */
import type { PlaybookEntry } from '../playbook/schema';
import type { MotiveDatabase } from './schema';
import { putSynced, toWireValue } from './synced-write';

export interface PlaybookImportSummary {
  added: number;
  updated: number;
}

/**
 * Imports team entries: an entry whose id exists is replaced, others are added; entries not
 * in the file are kept. Every entry is stored with `origin: 'team'` (an import is the team's
 * playbook, whatever the file says) and recorded in the outbox so it syncs.
 */
export async function importTeamPlaybook(
  db: MotiveDatabase,
  entries: readonly PlaybookEntry[],
  now: Date,
): Promise<PlaybookImportSummary> {
  const clientTime = now.toISOString();
  return db.transaction('rw', db.playbook, db.outbox, async () => {
    const existing = new Set(
      (await db.playbook.bulkGet(entries.map((e) => e.id))).flatMap((row) =>
        row && row.deleted === 0 ? [row.id] : [],
      ),
    );
    for (const entry of entries) {
      await putSynced(db, 'playbook', { ...entry, origin: 'team' }, { clientTime });
    }
    const updated = entries.filter((e) => existing.has(e.id)).length;
    return { added: entries.length - updated, updated };
  });
}

/** The team's entries (live, `origin: 'team'`) as plain values, in id order, for export. */
export async function listTeamPlaybook(db: MotiveDatabase): Promise<PlaybookEntry[]> {
  const rows = await db.playbook
    .where('origin')
    .equals('team')
    .filter((row) => row.deleted === 0)
    .toArray();
  return rows
    .map((row) => toWireValue(row as unknown as Record<string, unknown>) as PlaybookEntry)
    .sort((a, b) => a.id.localeCompare(b.id));
}

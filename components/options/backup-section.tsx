import { useId, useState } from 'react';
import { backupFileName, exportBackup, serializeBackup } from '@/lib/db/backup';
import { BackupRestore } from './backup-restore';
import { countsSentence } from './count-words';
import { useOptionsDeps } from './options-deps';
import { DATA_TABLES, useLocalCounts } from './use-local-counts';

/** Full backup: export everything to one file; restore validates the whole file first. */
export function BackupSection() {
  const { db, now, download } = useOptionsDeps();
  const counts = useLocalCounts();
  const id = useId();
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<string | null>(null);

  async function onExport() {
    setExporting(true);
    setExported(null);
    try {
      const at = now();
      const backup = await exportBackup(db, at);
      download(backupFileName(at), serializeBackup(backup));
      setExported(`Exported ${countsSentence(countsOf(backup.data), DATA_TABLES, 'an empty backup')}.`);
    } catch (error) {
      setExported(`Export failed: ${(error as Error).message}`);
    } finally {
      setExporting(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>Backup</h2>
      <p>
        On this computer:{' '}
        <span data-testid="local-counts">
          {counts ? countsSentence(counts, DATA_TABLES, 'no data yet') : 'counting…'}
        </span>
        .
      </p>
      <p>
        A backup is one JSON file with every account, person, note, piece of evidence, diagnosis snapshot,
        team playbook entry and sync conflict. Restoring checks the whole file first and asks before writing
        anything; records in the file replace records with the same id, and everything restored syncs to your
        team if sync is connected.
      </p>
      <div className="actions">
        <button type="button" onClick={() => void onExport()} disabled={exporting}>
          Export backup
        </button>
      </div>
      <p aria-live="polite" className="message ok" data-testid="backup-export-result">
        {exported}
      </p>
      <BackupRestore />
    </section>
  );
}

function countsOf(data: Record<string, unknown[]>): Record<string, number> {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.length]));
}

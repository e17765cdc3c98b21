import { useEffect, useId, useRef, useState } from 'react';
import { countReplaced, importBackup } from '@/lib/db/backup';
import { describeBackupError, MAX_REPORTED_ERRORS, parseBackup, type Backup } from '@/lib/db/backup-format';
import { countsSentence } from './count-words';
import { FilePicker } from './file-picker';
import { ImportReport, type ImportOutcome } from './import-report';
import { useOptionsDeps } from './options-deps';
import { DATA_TABLES } from './use-local-counts';

interface PendingRestore {
  backup: Backup;
  fileName: string;
  total: number;
  replaced: number;
}

/**
 * Restore in two steps: the chosen file is validated whole (problems listed, nothing
 * written), then the user sees what it holds and what it would replace, and confirms.
 */
export function BackupRestore() {
  const { db, now } = useOptionsDeps();
  const id = useId();
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);

  // Keyboard users land on the decision as soon as it appears.
  useEffect(() => {
    if (pending) confirm.current?.focus();
  }, [pending]);

  async function onFile(text: string, fileName: string) {
    setOutcome(null);
    setPending(null);
    const parsed = parseBackup(text, db.verno);
    if (!parsed.ok) {
      const problems = parsed.errors.map(describeBackupError);
      setOutcome({ kind: 'failed', fileName, problems, more: parsed.errors.length >= MAX_REPORTED_ERRORS });
      return;
    }
    const total = Object.values(parsed.backup.data).reduce((sum, records) => sum + records.length, 0);
    setPending({ backup: parsed.backup, fileName, total, replaced: await countReplaced(db, parsed.backup) });
  }

  async function onRestore(restore: PendingRestore) {
    setBusy(true);
    try {
      const counts = await importBackup(db, restore.backup, now());
      const what = countsSentence(counts, DATA_TABLES, 'nothing (the backup was empty)');
      setOutcome({ kind: 'done', text: `Restored ${what} from ${restore.fileName}.` });
    } catch (error) {
      const reason = (error as Error).message;
      setOutcome({
        kind: 'error',
        text: `${restore.fileName} could not be written, so nothing was changed: ${reason}`,
      });
    } finally {
      setBusy(false);
      setPending(null);
    }
  }

  return (
    <>
      <FilePicker
        label="Restore from a backup file"
        hint="A motive-backup-….json file exported by Motive. Nothing is written until you confirm."
        onText={onFile}
        disabled={busy}
      />
      {pending && (
        <div
          role="group"
          aria-labelledby={`${id}-summary`}
          className="confirm-box"
          data-testid="backup-restore-summary"
        >
          <p id={`${id}-summary`}>
            {pending.fileName} was exported on {pending.backup.exportedAt.slice(0, 10)} and holds{' '}
            {countsSentence(countsOf(pending.backup), DATA_TABLES, 'no records')}.
            {pending.replaced > 0 &&
              ` ${pending.replaced} of them already exist here and will be replaced by the backup’s version.`}
          </p>
          <div className="actions">
            <button
              ref={confirm}
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void onRestore(pending)}
            >
              Restore {pending.total === 1 ? '1 record' : `${pending.total} records`}
            </button>
            <button type="button" disabled={busy} onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <ImportReport outcome={outcome} testId="backup-import-result" />
    </>
  );
}

function countsOf(backup: Backup): Record<string, number> {
  return Object.fromEntries(Object.entries(backup.data).map(([k, v]) => [k, v.length]));
}

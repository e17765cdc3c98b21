import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { importTeamPlaybook, listTeamPlaybook } from '@/lib/db/backup-playbook';
import { FilePicker } from './file-picker';
import { ImportReport, type ImportOutcome } from './import-report';
import { useOptionsDeps } from './options-deps';
import { describePlaybookError, exportPlaybook, parsePlaybookImport } from './playbook-file';

/** Team playbook: import a validated JSON file (all or nothing) and export the team's entries. */
export function PlaybookSection() {
  const { db, now, download } = useOptionsDeps();
  const id = useId();
  const teamCount = useLiveQuery(
    () =>
      db.playbook
        .where('origin')
        .equals('team')
        .filter((row) => row.deleted === 0)
        .count(),
    [db],
  );
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [exported, setExported] = useState<string | null>(null);

  async function onImport(text: string, fileName: string) {
    setOutcome(null);
    const parsed = parsePlaybookImport(text);
    if (!parsed.ok) {
      setOutcome({ kind: 'failed', fileName, problems: parsed.errors.map(describePlaybookError) });
      return;
    }
    try {
      const { added, updated } = await importTeamPlaybook(db, parsed.entries, now());
      setOutcome({ kind: 'done', text: `Imported ${fileName}: ${added} new, ${updated} updated entries.` });
    } catch (error) {
      setOutcome({
        kind: 'error',
        text: `${fileName} could not be saved, so nothing was changed: ${(error as Error).message}`,
      });
    }
  }

  async function onExport() {
    const entries = await listTeamPlaybook(db);
    download(`motive-playbook-${now().toISOString().slice(0, 10)}.json`, exportPlaybook(entries));
    setExported(`Exported ${entries.length === 1 ? '1 entry' : `${entries.length} entries`}.`);
  }

  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>Team playbook</h2>
      <p>
        Motive ships with a default playbook. Your team can add its own talk tracks, questions and proof as a
        JSON file; team entries sync to everyone and replace a default entry with the same id.{' '}
        <span data-testid="team-playbook-count">
          {teamCount === undefined
            ? ''
            : teamCount === 1
              ? '1 team entry on this computer.'
              : `${teamCount} team entries on this computer.`}
        </span>
      </p>
      <FilePicker
        label="Import a playbook file"
        hint="A motive-playbook JSON file. Every entry is checked first; a file with any problem changes nothing."
        onText={onImport}
      />
      <ImportReport outcome={outcome} testId="playbook-import-result" />
      <div className="actions">
        <button type="button" onClick={() => void onExport()}>
          Export team playbook
        </button>
      </div>
      <p aria-live="polite" className="message ok" data-testid="playbook-export-result">
        {exported}
      </p>
    </section>
  );
}

import { useId, useState } from 'react';
import { DEFAULT_SETTINGS } from '@/lib/browser/settings';
import { wipeAllData } from '@/lib/db/wipe';
import { countPhrase, countsSentence } from './count-words';
import { useOptionsDeps } from './options-deps';
import { DATA_TABLES, useLocalCounts } from './use-local-counts';
import { useSyncStatus } from './use-sync-settings';

const CONFIRM_WORD = 'delete';

/**
 * Deletes all local data behind a typed confirmation that names what will be lost. With
 * "full reset" it also disconnects sync first (otherwise the team's data would download
 * again on the next sync) and puts the privacy switches back to their defaults.
 */
export function DeleteDataSection() {
  const { db, sync, settings } = useOptionsDeps();
  const counts = useLocalCounts();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [fullReset, setFullReset] = useState(true);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const armed = typed.trim().toLowerCase() === CONFIRM_WORD;
  // Unsent changes only matter when a server is expected to receive them.
  const connected = useSyncStatus().data?.configured === true;
  const pending = connected ? (counts?.outbox ?? 0) : 0;

  async function onDelete() {
    setBusy(true);
    setResult(null);
    const notes: string[] = [];
    try {
      if (fullReset) {
        await sync.configure({ endpoint: null }).catch((error: Error) => {
          notes.push(`Sync could not be disconnected (${error.message}); disconnect it under Team sync.`);
        });
        await settings.write(DEFAULT_SETTINGS);
      }
      const removed = await wipeAllData(db);
      const what = countsSentence(removed, DATA_TABLES, 'no records');
      setResult({
        ok: notes.length === 0,
        text: [`Deleted ${what} from this computer.`, ...notes].join(' '),
      });
      setTyped('');
    } catch (error) {
      setResult({ ok: false, text: `Nothing was deleted: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="card danger">
      <h2 id={`${id}-title`}>Delete all local data</h2>
      <p id={`${id}-loss`} data-testid="delete-loss">
        This permanently removes from this computer:{' '}
        {counts ? countsSentence(counts, DATA_TABLES, 'nothing (there is no data yet)') : '…'}
        {pending > 0 && <strong> — including {countPhrase('outbox', pending)}, which will be lost</strong>}.
      </p>
      <p>Export a backup first if you may want it back. Data already synced stays on your team’s server.</p>
      <div className="switch-row">
        <input
          id={`${id}-full`}
          type="checkbox"
          checked={fullReset}
          onChange={(e) => setFullReset(e.target.checked)}
        />
        <label htmlFor={`${id}-full`}>Also disconnect sync and reset the privacy switches (full reset)</label>
      </div>
      <div className="field">
        <label htmlFor={`${id}-confirm`}>
          Type <strong>{CONFIRM_WORD}</strong> to confirm
        </label>
        <input
          id={`${id}-confirm`}
          value={typed}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setTyped(e.target.value)}
          aria-describedby={`${id}-loss`}
        />
      </div>
      <div className="actions">
        <button
          type="button"
          className="destructive"
          disabled={!armed || busy}
          onClick={() => void onDelete()}
        >
          Delete all local data
        </button>
      </div>
      <p
        aria-live="polite"
        className={result ? `message ${result.ok ? 'ok' : 'error'}` : 'message'}
        data-testid="delete-result"
      >
        {result?.text}
      </p>
    </section>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { createRepositories } from '@/lib/db/repositories';
import { createSampleAccount, removeSampleData } from '@/lib/db/sample-account';
import { useOptionsDeps } from './options-deps';

/**
 * First run: offers a sample account to explore (clearly marked, removable in one action).
 * Once real accounts exist and no sample is present, the offer steps aside.
 */
export function SampleSection() {
  const { db, now } = useOptionsDeps();
  const id = useId();
  const state = useLiveQuery(async () => {
    const live = await db.accounts.where('deleted').equals(0).toArray();
    return { sample: live.find((a) => a.isSample), realAccounts: live.filter((a) => !a.isSample).length };
  }, [db]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  if (!state || (!state.sample && state.realAccounts > 0 && message === null)) return null;

  async function act(action: 'create' | 'remove') {
    setBusy(true);
    setMessage(null);
    try {
      if (action === 'create') {
        const account = await createSampleAccount(createRepositories({ db, now }), now());
        setMessage(`Added “${account.name}”. Open the Motive panel (Alt+Shift+M) and choose it to explore.`);
      } else {
        const removed = await removeSampleData(db, now());
        setMessage(
          removed.accounts > 0
            ? 'The sample account and everything in it were removed.'
            : 'There was no sample to remove.',
        );
      }
    } catch (error) {
      setMessage(`Something went wrong: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="card sample">
      <h2 id={`${id}-title`}>{state.sample ? 'Sample account' : 'New here? Explore a sample account'}</h2>
      {state.sample ? (
        <p>
          <strong>{state.sample.name}</strong> is sample data, marked “sample” everywhere it appears. Remove
          it whenever you like; your own accounts are not touched.
        </p>
      ) : (
        <p>
          Add a made-up mid-market deal — a freight company with a six-person buying committee, a quiet
          blocker in procurement, call notes, quotes and a diagnosis that moved from relief to risk — to see
          every part of the panel before your first real call. It is clearly marked as a sample, stays on this
          computer (never synced to your team) and is removable in one click.
        </p>
      )}
      <div className="actions">
        {state.sample ? (
          <button type="button" onClick={() => void act('remove')} disabled={busy}>
            Remove sample data
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => void act('create')} disabled={busy}>
            Add the sample account
          </button>
        )}
      </div>
      <p aria-live="polite" className="message" data-testid="sample-result">
        {message}
      </p>
    </section>
  );
}

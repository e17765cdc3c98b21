import { useState } from 'react';
import { usePanelData } from '@/components/kernel/panel-data';
import { useLiveData } from '@/components/kernel/use-live-data';
import { liveAccountCount, liveSampleAccount } from '@/lib/db/first-run-reads';

/**
 * Shown when no account is open. On first run (no accounts at all) it offers a sample
 * account to explore, clearly marked and removable; the sample code loads only on demand.
 */
export function FirstRun({ onOpen }: { onOpen: (accountId: string) => void }) {
  const { database, repos, now } = usePanelData();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const counts = useLiveData(async (db) => {
    const [all, sample] = await Promise.all([liveAccountCount(db), liveSampleAccount(db)]);
    return { all, sample };
  }, []);
  if (!counts) return null;

  async function explore() {
    setBusy(true);
    try {
      const { createSampleAccount } = await import('@/lib/db/sample-account');
      const account = await createSampleAccount(repos, now());
      onOpen(account.id);
    } catch (error) {
      setMessage(`Could not create the sample: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  async function removeSample() {
    const { removeSampleData } = await import('@/lib/db/sample-account');
    await removeSampleData(await database(), now());
    setMessage('Sample data removed.');
  }

  return (
    <section className="first-run" aria-label="Getting started">
      {counts.all === 0 ? (
        <>
          <p>
            Open a CRM record, an email thread or a call and Motive finds the account. Or pick or create one
            above.
          </p>
          <button type="button" onClick={() => void explore()} disabled={busy}>
            Explore a sample account
          </button>
          <p className="muted small">
            The sample is marked “sample” everywhere, never synced to your team, and removable in one click.
          </p>
        </>
      ) : (
        <p className="muted">No account open. Pick one above, or open its CRM record, thread or call.</p>
      )}
      {counts.sample && (
        <p>
          <button type="button" className="link-button" onClick={() => onOpen(counts.sample!.id)}>
            Open the sample account
          </button>{' '}
          ·{' '}
          <button type="button" className="link-button" onClick={() => void removeSample()}>
            Remove sample data
          </button>
        </p>
      )}
      <p role="status">{message}</p>
    </section>
  );
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { timeAgo } from '@/components/ui/format-time';
import { APP_NAMES, APPS } from '@/lib/domain/vocabulary';
import type { PackStatus, TeamPackInUse } from '@/lib/sync/selector-pack-status';
import { useOptionsDeps } from './options-deps';

const KEY = ['selector-packs'];

function inUse(team: TeamPackInUse | null, now: Date): string {
  if (!team) return 'Built-in (ships with this version of Motive)';
  return `Team pack v${team.version}, published ${team.publishedAt.slice(0, 10)} (received ${timeAgo(team.fetchedAt, now)})`;
}

/** Why the last team pack was refused, and what is read with instead. */
function refusal(status: PackStatus, now: Date): string | null {
  if (!status.refused) return null;
  const which =
    status.refused.version !== undefined ? `Team pack v${status.refused.version}` : 'The team pack';
  const kept = Object.values(status.apps).some(Boolean)
    ? 'The last good team pack stays in use.'
    : 'The built-in selectors stay in use.';
  return `${which} was not used (${timeAgo(status.refused.at, now)}): ${status.refused.reason}. ${kept}`;
}

/**
 * Which selector pack each app is read with: the built-in one, or the team pack published
 * through the sync endpoint (a fix for a changed page, without waiting for a store release).
 */
export function SelectorPackSection() {
  const { packs, now } = useOptionsDeps();
  const client = useQueryClient();
  const id = useId();
  const query = useQuery({ queryKey: KEY, queryFn: () => packs.read() });
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => packs.watch((next) => client.setQueryData(KEY, next)), [packs, client]);

  async function check() {
    setChecking(true);
    setError(null);
    try {
      client.setQueryData(KEY, await packs.refresh());
    } catch (e) {
      setError(`Could not ask for the team pack: ${(e as Error).message}`);
    } finally {
      setChecking(false);
    }
  }

  const status = query.data;
  const refused = status ? refusal(status, now()) : null;
  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>Page readers</h2>
      <p>
        How Motive finds things on each app’s page. Your team can publish a newer selector pack through the
        sync endpoint when an app changes its page; it is checked before use.
      </p>
      {status && (
        <table aria-labelledby={`${id}-title`}>
          <thead>
            <tr>
              <th scope="col">App</th>
              <th scope="col">Selectors in use</th>
            </tr>
          </thead>
          <tbody>
            {APPS.map((app) => (
              <tr key={app}>
                <th scope="row">{APP_NAMES[app]}</th>
                <td>{inUse(status.apps[app], now())}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {refused && (
        <p role="alert" className="message error">
          {refused}
        </p>
      )}
      <button type="button" onClick={() => void check()} disabled={checking}>
        {checking ? 'Checking…' : 'Check for a team pack now'}
      </button>
      {error && (
        <p role="alert" className="message error">
          {error}
        </p>
      )}
    </section>
  );
}

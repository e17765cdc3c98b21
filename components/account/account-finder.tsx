import { useId, useRef, useState } from 'react';
import { useCommand } from '@/components/kernel/panel-commands';
import { useAccountSearch } from '@/components/kernel/use-account-search';

export interface AccountFinderProps {
  onPick: (accountId: string) => void;
  onCreate: (name: string, domain?: string, crmKey?: string) => void;
  /** What the page suggested creating when it could not match an account. */
  suggestion?: { name?: string; domain?: string; crmKey?: string };
}

/**
 * Find, switch or create an account by hand (`/` focuses it). Works with or without a
 * readable page: this is the manual mode.
 */
export function AccountFinder({ onPick, onCreate, suggestion }: AccountFinderProps) {
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const results = useAccountSearch(query);
  const listId = useId();
  useCommand('find-account', () => input.current?.focus());
  const name = query.trim();
  const exact = results?.some((a) => a.name.toLowerCase() === name.toLowerCase()) ?? false;
  return (
    <div className="account-finder">
      <label className="visually-hidden" htmlFor={`${listId}-q`}>
        Find or create an account
      </label>
      <input
        id={`${listId}-q`}
        ref={input}
        type="search"
        placeholder="Find or create an account  ( / )"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && results?.[0]) onPick(results[0].id);
          if (e.key === 'Escape') setQuery('');
        }}
        aria-describedby={`${listId}-hint`}
      />
      <p id={`${listId}-hint`} className="visually-hidden">
        Enter picks the first match.
      </p>
      <ul className="finder-results" aria-label="Matching accounts">
        {results?.map((a) => (
          <li key={a.id}>
            <button type="button" className="finder-result" onClick={() => onPick(a.id)}>
              <span>{a.name}</span>
              {a.domain && <span className="muted"> · {a.domain}</span>}
              {a.isSample && <span className="badge badge-sample">sample</span>}
            </button>
          </li>
        ))}
      </ul>
      {name !== '' && !exact && (
        <button type="button" onClick={() => onCreate(name)}>
          Create “{name}”
        </button>
      )}
      {name === '' && suggestion?.name && (
        <button
          type="button"
          onClick={() => onCreate(suggestion.name ?? '', suggestion.domain, suggestion.crmKey)}
        >
          Create “{suggestion.name}”{suggestion.domain ? ` (${suggestion.domain})` : ''} from this page
        </button>
      )}
    </div>
  );
}

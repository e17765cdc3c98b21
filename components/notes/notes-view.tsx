import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useAccountNotes } from '@/components/kernel/account-source';
import type { PersonRow } from '@/lib/db/schema';
import type { NoteKind } from '@/lib/domain/vocabulary';
import { NoteComposer } from './note-composer';
import type { NoteRequest } from './note-request';
import { NoteList } from './note-list';
import { filterNotes } from './note-search';

/** Notes rendered at once; search narrows the list, so older notes are a query away. */
const SHOWN = 200;

export interface NotesViewProps {
  accountId: string;
  defaultKind: NoteKind;
  personId: string | null;
  /** The account's people, from the workspace's records (one road: no second query here). */
  people: PersonRow[];
  /** A note asked for with `n` from another view (note-request.ts). */
  noteRequest?: NoteRequest | null;
}

/** Quick notes for the account with instant offline search (word prefixes, live). */
export function NotesView({ accountId, defaultKind, personId, people, noteRequest }: NotesViewProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const all = useAccountNotes(accountId);
  // The same array while the query and the notes stand still, so the memoised list skips the
  // keystroke's urgent render (it re-rendered 200 notes before the filtered list came).
  const notes = useMemo(
    () => all && (deferred === '' ? all.slice(0, SHOWN) : filterNotes(all, deferred).slice(0, SHOWN)),
    [all, deferred],
  );
  return (
    <section aria-labelledby={`${id}-h`} className="view">
      <h3 id={`${id}-h`}>Notes</h3>
      <NoteComposer
        accountId={accountId}
        people={people}
        defaultKind={defaultKind}
        personId={personId}
        request={noteRequest ?? null}
      />
      <label htmlFor={`${id}-q`} className="visually-hidden">
        Search notes
      </label>
      <input
        id={`${id}-q`}
        type="search"
        placeholder="Search notes"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {notes && (
        <NoteList
          notes={notes}
          people={people}
          empty={deferred === '' ? 'No notes yet.' : `No note matches “${deferred}”.`}
        />
      )}
    </section>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useId, useState } from 'react';
import { usePanelData } from '@/components/app/panel-data';
import { useNotes, usePeople } from '@/components/app/use-account-data';
import type { NoteKind } from '@/lib/domain/vocabulary';
import { NoteComposer } from './note-composer';
import { NoteList } from './note-list';

export interface NotesViewProps {
  accountId: string;
  defaultKind: NoteKind;
  personId: string | null;
}

/** Quick notes for the account with instant offline search (prefix words, live). */
export function NotesView({ accountId, defaultKind, personId }: NotesViewProps) {
  const { repos } = usePanelData();
  const id = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const people = usePeople(accountId) ?? [];
  const recent = useNotes(accountId);
  const found = useLiveQuery(
    () => (deferred === '' ? undefined : repos.notes.search(deferred, accountId)),
    [repos, deferred, accountId],
  );
  const notes = deferred === '' ? recent : found;
  return (
    <section aria-labelledby={`${id}-h`} className="view">
      <h3 id={`${id}-h`}>Notes</h3>
      <NoteComposer accountId={accountId} people={people} defaultKind={defaultKind} personId={personId} />
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

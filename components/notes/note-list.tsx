import { memo } from 'react';
import { useSuggestEvidenceFromText } from '@/components/kernel/background-queries';
import { usePanelData } from '@/components/kernel/panel-data';
import { dateTime } from '@/components/ui/format-time';
import type { NoteRow, PersonRow } from '@/lib/db/schema';
import { usePanelWrite } from '@/components/kernel/panel-writes';

interface NoteListProps {
  notes: NoteRow[];
  people: PersonRow[];
  empty: string;
}

/**
 * Notes as text (never markup), newest first, with kind, time, people and tags. Memoised:
 * typing in the search re-renders the view at once, and the list only when its notes change.
 */
export const NoteList = memo(function NoteList({ notes, people, empty }: NoteListProps) {
  const { repos } = usePanelData();
  const write = usePanelWrite();
  const suggest = useSuggestEvidenceFromText();
  // A deleted note's unjudged suggestions go with it (its text is now empty).
  const remove = (note: NoteRow) =>
    void write('the note’s removal', () => repos.notes.remove(note.id)).then(
      (saved) =>
        saved &&
        suggest.mutate({ accountId: note.accountId, source: 'note', text: '', origin: `note:${note.id}` }),
    );
  const names = new Map(people.map((p) => [p.id, p.name]));
  if (notes.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ol className="note-list" aria-label="Notes">
      {notes.map((n) => (
        <li key={n.id} className="note">
          <div className="note-meta">
            <span className="badge badge-quiet">{n.kind}</span> <time dateTime={n.at}>{dateTime(n.at)}</time>
            {n.personIds.length > 0 && (
              <span className="muted">
                {' '}
                · {n.personIds.map((id) => names.get(id) ?? 'someone').join(', ')}
              </span>
            )}
            <button
              type="button"
              className="link-button push-right"
              aria-label={`Delete note from ${dateTime(n.at)}`}
              onClick={() => remove(n)}
            >
              Delete
            </button>
          </div>
          <p className="note-text">{n.text}</p>
          {n.tags.length > 0 && (
            <ul className="tags" aria-label="Tags">
              {n.tags.map((t) => (
                <li key={t} className="tag">
                  #{t}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
});

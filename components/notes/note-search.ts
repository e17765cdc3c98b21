/**
 * Note search inside one account, in memory over the notes' indexed words. Why not the
 * global `words` index: a common word ("pricing") matches tens of thousands of notes across
 * all accounts, while one account holds a few hundred — filtering those is far cheaper.
 * Same rule as the repository search: every query word must prefix a note word.
 */
import type { NoteRow } from '@/lib/db/schema';
import { tokenize } from '@/lib/db/search-words';

export function filterNotes(notes: readonly NoteRow[], query: string): NoteRow[] {
  const terms = [...new Set(tokenize(query))];
  if (terms.length === 0) return [...notes];
  return notes.filter((n) => terms.every((t) => n.words.some((w) => w.startsWith(t))));
}

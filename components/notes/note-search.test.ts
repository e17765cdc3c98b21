import { describe, expect, it } from 'vitest';
import type { NoteRow } from '@/lib/db/schema';
import { searchWords } from '@/lib/db/search-words';
import { filterNotes } from './note-search';

const note = (id: string, text: string, tags: string[] = []): NoteRow => ({
  id,
  accountId: 'a',
  kind: 'call',
  text,
  at: '2026-11-22T10:00:00.000Z',
  personIds: [],
  tags,
  createdAt: '2026-11-22T10:00:00.000Z',
  updatedAt: '2026-11-22T10:00:00.000Z',
  serverVersion: null,
  deleted: 0,
  words: searchWords(text, tags),
});

const NOTES = [
  note('1', 'Renewal pricing pushback'),
  note('2', 'Security review booked', ['risk']),
  note('3', 'Déploiement réussi'),
];

describe('filterNotes', () => {
  it.each([
    ['a word prefix finds the note', 'renew', ['1']],
    ['every word must match', 'renewal security', []],
    ['words can come in any order', 'pricing renewal', ['1']],
    ['tags are searched too', 'risk', ['2']],
    ['accents and case are folded', 'DEPLOIEMENT', ['3']],
    ['an empty query keeps every note', '  ', ['1', '2', '3']],
  ])('%s', (_rule, query, ids) => {
    expect(filterNotes(NOTES, query).map((n) => n.id)).toEqual(ids);
  });
});

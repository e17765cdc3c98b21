import { describe, expect, it } from 'vitest';
import { countPhrase, countsSentence } from './count-words';

describe('countPhrase', () => {
  it.each([
    ['one account is singular', 'accounts', 1, '1 account'],
    ['people is the plural of person', 'people', 6, '6 people'],
    ['zero takes the plural', 'notes', 0, '0 notes'],
    ['evidence is counted in pieces', 'evidence', 2, '2 pieces of evidence'],
    ['an unknown table keeps its name', 'pageContexts', 3, '3 pageContexts'],
  ])('%s', (_rule, table, count, expected) => {
    expect(countPhrase(table, count)).toBe(expected);
  });
});

describe('countsSentence', () => {
  it('lists non-zero counts in the order asked', () => {
    expect(countsSentence({ notes: 2, accounts: 1, people: 0 }, ['accounts', 'people', 'notes'], '-')).toBe(
      '1 account, 2 notes',
    );
  });
  it('says the empty text when nothing is counted', () => {
    expect(countsSentence({}, ['accounts'], 'nothing yet')).toBe('nothing yet');
  });
});

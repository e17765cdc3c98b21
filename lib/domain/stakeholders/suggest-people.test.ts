import { describe, expect, it } from 'vitest';
import { MAX_SUGGESTED_PEOPLE, suggestPeople, type PeopleSeen } from './suggest-people';

const seen = (over: Partial<PeopleSeen>): PeopleSeen => ({
  speakers: [],
  onPage: [],
  seenIn: 'email',
  known: [{ name: 'Dana Ruiz', email: 'dana@acme.com' }, { name: 'Lee Park' }],
  userEmail: 'rep@seller.io',
  isSeller: (name) => name === 'You' || name === 'Riley Rep',
  ...over,
});
const names = (over: Partial<PeopleSeen>) => suggestPeople(seen(over)).map((p) => p.name);

describe('suggestPeople', () => {
  it.each<[string, Partial<PeopleSeen>, string[]]>([
    [
      'someone new on the page is suggested',
      { onPage: [{ name: 'Sam Wu', email: 'sam@acme.com' }] },
      ['Sam Wu'],
    ],
    ['an unknown speaker is suggested, seen in the call', { speakers: ['Jo Whitfield'] }, ['Jo Whitfield']],
    [
      'a known address is not suggested again, whatever its case',
      { onPage: [{ name: 'D. Ruiz', email: 'DANA@acme.com' }] },
      [],
    ],
    [
      'a known name is not suggested again, however written',
      { onPage: [{ name: 'lee  PARK' }], speakers: ['Lee Park (Guest)'] },
      [],
    ],
    ['the rep’s own address is never suggested', { onPage: [{ name: 'Me', email: 'Rep@seller.io' }] }, []],
    ['the rep’s colleagues are never suggested', { onPage: [{ name: 'Boss', email: 'boss@seller.io' }] }, []],
    ['the rep’s own caption label and name are never suggested', { speakers: ['You', 'Riley Rep'] }, []],
    [
      'a person seen twice is listed once (by name)',
      { speakers: ['Sam Wu'], onPage: [{ name: 'sam wu', email: 'sam@acme.com' }] },
      ['Sam Wu'],
    ],
    [
      'a person seen twice is listed once (by address)',
      {
        onPage: [
          { name: 'Sam Wu', email: 'sam@acme.com' },
          { name: 'S. Wu', email: 'SAM@acme.com' },
        ],
      },
      ['Sam Wu'],
    ],
    ['a nameless entry is never suggested', { onPage: [{ name: '  ' }] }, []],
    [
      'speakers come first, then the page, in the order seen',
      { speakers: ['Jo'], onPage: [{ name: 'Ann' }, { name: 'Bo' }] },
      ['Jo', 'Ann', 'Bo'],
    ],
  ])('%s', (_rule, over, expected) => {
    expect(names(over)).toEqual(expected);
  });

  it.each([
    ['a company address is kept', 'sam@acme.com', 'sam@acme.com'],
    ['a free-mail address is dropped, the person kept', 'sam.wu@gmail.com', undefined],
  ])('%s', (_rule, email, kept) => {
    const [sam] = suggestPeople(seen({ onPage: [{ name: 'Sam Wu', email }], seenIn: 'call' }));
    expect(sam).toEqual({ name: 'Sam Wu', seenIn: 'call', ...(kept ? { email: kept } : {}) });
  });

  it('carries the job title the page shows, for the new person’s form', () => {
    const [sam] = suggestPeople(seen({ onPage: [{ name: 'Sam Wu', title: 'Head of Finance' }] }));
    expect(sam?.title).toBe('Head of Finance');
  });

  it('suggests at most MAX_SUGGESTED_PEOPLE people', () => {
    const onPage = Array.from({ length: 30 }, (_, i) => ({ name: `Person ${i}` }));
    expect(suggestPeople(seen({ onPage }))).toHaveLength(MAX_SUGGESTED_PEOPLE);
  });
});

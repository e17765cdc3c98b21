import { describe, expect, it } from 'vitest';
import { headerSides, parseAttendee } from './header-sides';
import type { TranscriptLine } from './transcript-line';

describe('parseAttendee', () => {
  it.each([
    ['Sarah Chen (Account Executive, Acme)', { name: 'Sarah Chen', company: 'Acme', side: 'seller' }],
    ['Tom Reyes (VP Operations, Northwind)', { name: 'Tom Reyes', company: 'Northwind', side: undefined }],
    ['Lena Ortiz - Solutions Engineer at Acme', { name: 'Lena Ortiz', company: 'Acme', side: 'seller' }],
    ['Priya Shah (customer)', { name: 'Priya Shah', company: undefined, side: 'buyer' }],
    ['Dana Kim (Customer Success Manager)', { name: 'Dana Kim', company: undefined, side: 'seller' }],
    ['Alex (us)', { name: 'Alex', company: undefined, side: 'seller' }],
    ['Maria Lopez, VP Sales, Globex', { name: 'Maria Lopez', company: 'Globex', side: undefined }],
    ['- **Sam Rep** (AE)', { name: 'Sam Rep', company: undefined, side: 'seller' }],
    ['Jo (Northwind, US office)', { name: 'Jo', company: 'US office', side: undefined }],
    ['Ravi', { name: 'Ravi', company: undefined, side: undefined }],
    ['  - "Sarah Chen (AE, Acme)"', { name: 'Sarah Chen', company: 'Acme', side: 'seller' }],
  ])('%s', (entry, want) => {
    const got = parseAttendee(entry);
    expect({ name: got?.name, company: got?.company, side: got?.side }).toEqual(want);
  });
});

const header = (text: string, sourceLine = 1): TranscriptLine => ({
  id: '0',
  text,
  sourceLine,
  notOwnWords: true,
});
const said = (speaker: string): TranscriptLine => ({
  id: '1',
  speaker,
  text: 'Something was said.',
  sourceLine: 9,
});

describe('headerSides: the attendee list says who sells', () => {
  it.each([
    [
      'roles and companies in parentheses; a first name only one attendee has',
      [
        header(
          'Attendees: Sarah Chen (Account Executive, Acme), Tom Reyes (VP Operations, Northwind), Lena Ortiz (Solutions Engineer, Acme)',
          3,
        ),
        said('Sarah Chen'),
        said('Tom'),
        said('Lena Ortiz'),
      ],
      { sellers: ['Sarah Chen', 'Lena Ortiz'], buyers: ['Tom'], sourceLine: 3 },
    ],
    [
      'a colleague of the rep with no role is on the rep’s side',
      [
        header('Participants: Sam Rep (AE, Acme); Kim Lee (Acme); Dana Fox (Northwind)'),
        said('Kim Lee'),
        said('Dana Fox'),
      ],
      { sellers: ['Kim Lee'], buyers: ['Dana Fox'], sourceLine: 1 },
    ],
    [
      'a bulleted list under the label',
      [
        header('**Participants:**', 2),
        header('- Priya Shah (customer)', 3),
        header('- Alex (us)', 4),
        said('Alex'),
        said('Priya Shah'),
      ],
      { sellers: ['Alex'], buyers: ['Priya Shah'], sourceLine: 2 },
    ],
    [
      'a YAML flow list in front matter',
      [header('attendees: [Sam Rep (AE), Dana Fox (Northwind)]', 4), said('Sam Rep'), said('Dana Fox')],
      // Dana's company is not known to differ from Sam's: the resolver makes her a buyer later.
      { sellers: ['Sam Rep'], buyers: [], sourceLine: 4 },
    ],
  ])('%s', (_case, lines, want) => {
    expect(headerSides(lines)).toEqual(want);
  });

  it.each([
    ['no attendee list', [header('Date: 2026-11-02'), said('Sarah')]],
    ['a list that names no seller', [header('Attendees: Tom (Northwind), Ravi (Northwind)'), said('Tom')]],
    [
      'a first name two attendees share',
      [header('Attendees: Sam Rep (AE), Sam Fox (customer)'), said('Sam')],
    ],
    ['a list line that is someone’s words', [{ ...said('Tom'), text: 'Attendees: Sarah Chen (AE, Acme)' }]],
  ])('says nothing for %s', (_case, lines) => {
    expect(headerSides(lines)).toBeUndefined();
  });
});

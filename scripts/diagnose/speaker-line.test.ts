import { describe, expect, it } from 'vitest';
import { speakerTurnOf, speakerHeadingOf } from './speaker-line';

describe('speakerTurnOf: the shapes a speaker turn starts in', () => {
  it.each([
    ['plain "Name: text"', 'Dana: we need it', { speaker: 'Dana', text: 'we need it' }],
    ['a full name with the company in brackets', 'Priya Shah (Northwind): we are opening clinics', { speaker: 'Priya Shah (Northwind)', text: 'we are opening clinics' }],
    ['bold name and colon', '**Dana:** we need it', { speaker: 'Dana', text: 'we need it' }],
    ['bold name, colon outside', '**Dana Reyes**: we need it', { speaker: 'Dana Reyes', text: 'we need it' }],
    ['underscored bold', '__Dana:__ we need it', { speaker: 'Dana', text: 'we need it' }],
    ['a bullet before a bold name', '- **Dana:** we need it', { speaker: 'Dana', text: 'we need it' }],
    ['a bracketed timestamp first', '[00:01:02] Dana: we need it', { speaker: 'Dana', text: 'we need it' }],
    ['a bare timestamp first', '00:01:02 Dana Reyes: we need it', { speaker: 'Dana Reyes', text: 'we need it' }],
    ['a timestamp and a bar first', '0:05 | Dana: we need it', { speaker: 'Dana', text: 'we need it' }],
    ['a timestamp after the name', 'Dana (00:01:02): we need it', { speaker: 'Dana', text: 'we need it' }],
    ['a bracketed timestamp after the name', 'Dana Reyes [1:02]: we need it', { speaker: 'Dana Reyes', text: 'we need it' }],
    ['a bold name with a timestamp', '**Dana Reyes** [00:12]: we need it', { speaker: 'Dana Reyes', text: 'we need it' }],
    ['a bold name and time, colon inside', '**Dana Reyes (00:01:23):** we need it', { speaker: 'Dana Reyes', text: 'we need it' }],
    ['a bold name, time after the bold', '**Dana Reyes** (00:01:23): we need it', { speaker: 'Dana Reyes', text: 'we need it' }],
    ['a numbered speaker', 'Speaker 2: we need it', { speaker: 'Speaker 2', text: 'we need it' }],
    ['a bracketed name', '[Dana Reyes]: we need it', { speaker: 'Dana Reyes', text: 'we need it' }],
    ['a bracketed name with a clock time', '[Dana Reyes] 10:02:15: we need it', { speaker: 'Dana Reyes', text: 'we need it' }],
    ['a role tag in square brackets', 'Tom Reyes [Customer]: we need it', { speaker: 'Tom Reyes [Customer]', text: 'we need it' }],
    ['a name outside the Latin alphabet', 'Łukasz Żak: potrzebujemy tego', { speaker: 'Łukasz Żak', text: 'potrzebujemy tego' }],
    ['a role as the speaker, saying something', 'Customer: we keep losing orders because nobody owns the handover.', { speaker: 'Customer', text: 'we keep losing orders because nobody owns the handover.' }],
  ])('reads %s', (_shape, line, turn) => {
    expect(speakerTurnOf(line)).toEqual(turn);
  }); // prettier-ignore

  it.each([
    ['a header label', 'Participants: Dana, Sam'],
    ['an outcome line', 'Outcome: risk averse, needs approval'],
    ['the rep’s note', 'Rep note: she sounded worried'],
    ['a role label naming a company', 'Customer: Northwind Freight'],
    ['a prospect label naming a company', 'Prospect: Acme Ltd'],
    ['a sentence with a colon in it', 'The plan for next quarter is simple: grow'],
    ['a URL', 'https://example.com: see this'],
    ['a bold phrase that is not a name', '**Key takeaway** they want a pilot'],
    ['a time alone', '10:30: call starts'],
  ])('does not take %s for a turn', (_case, line) => {
    expect(speakerTurnOf(line)).toBeUndefined();
  }); // prettier-ignore
});

describe('speakerHeadingOf: a speaker on a line of their own, the words below (Otter, Zoom, Gong exports)', () => {
  it.each([
    ['name then time', 'Dana Reyes  0:03', 'Dana Reyes'],
    ['name then bracketed time', 'Dana Reyes (00:03)', 'Dana Reyes'],
    ['time then name', '[00:03:12] Dana Reyes', 'Dana Reyes'],
    ['bare time then name', '00:03 Speaker 1', 'Speaker 1'],
    ['a bold name with a time', '**Dana Reyes** 00:03', 'Dana Reyes'],
    ['a bracketed name then a clock time (Zoom’s saved transcript)', '[Dana Reyes] 10:02:15', 'Dana Reyes'],
    ['a bracketed name then a clock time with seconds and meridiem', '[Dana Reyes] 2:02:15 PM', 'Dana Reyes'],
  ])('reads %s', (_shape, line, speaker) => {
    expect(speakerHeadingOf(line)).toBe(speaker);
  }); // prettier-ignore

  it.each([
    ['a sentence with a time in it', 'We can meet at 10:30 tomorrow'],
    ['a name without a time', 'Dana Reyes'],
    ['a long line ending in a time', 'so what happened on the call was this 0:03'],
    ['a bracketed note with a time', '[see notes] 10:02'],
  ])('does not take %s for a speaker heading', (_case, line) => {
    expect(speakerHeadingOf(line)).toBeUndefined();
  }); // prettier-ignore
});

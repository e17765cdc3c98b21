import { describe, expect, it } from 'vitest';
import { ownWordRegions, sentenceSpans } from './buyer-text-regions';

const ownText = (text: string) =>
  ownWordRegions(text)
    .map((r) => text.slice(r.start, r.end))
    .join('|');

describe('ownWordRegions', () => {
  it.each([
    ['a single caption line', 'we need it fast', 'we need it fast'],
    [
      'a reply header and what follows',
      'Yes please.\nOn Tue, 4 Mar 2026, Ana wrote:\nold text',
      'Yes please.',
    ],
    ['">" quoted lines', 'Agreed.\n> quoted\nMore from me.', 'Agreed.|More from me.'],
    ['a forwarded message', 'FYI\n---------- Forwarded message ----------\nold', 'FYI'],
    ['an Outlook header block', 'Fine.\nFrom: Rep\nSent: Monday\nold', 'Fine.'],
    ['a "-- " signature', 'See you.\n-- \nJo Smith\nCEO', 'See you.'],
    [
      'a sign-off and the name under it',
      'Hi Sam,\nSounds good.\nBest,\nJo\nHead of Ops',
      'Hi Sam,|Sounds good.',
    ],
    ['"Sent from my phone"', 'Ok\nSent from my iPhone', 'Ok'],
  ])('drops %s', (_case, text, expected) => {
    expect(ownText(text)).toBe(expected);
  });

  it('keeps a leading "Thanks," when it opens the message', () => {
    expect(ownText('Thanks,\nwe are drowning in admin.')).toBe('Thanks,|we are drowning in admin.');
  });
});

describe('sentenceSpans', () => {
  it.each([
    ['One. Two! Three?', ['One.', 'Two!', 'Three?']],
    ['no punctuation at all in captions', ['no punctuation at all in captions']],
    ['Version 2.5 is fine. Ok', ['Version 2.5 is fine.', 'Ok']],
  ])('splits "%s" into sentences', (text, expected) => {
    const spans = sentenceSpans(text, ownWordRegions(text));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});

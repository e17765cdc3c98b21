/**
 * The rep's own note is the rep's observation, never the customer's words (issue 12, problem
 * 3): the briefs' quotes under each motivation and the permission pack's quotes hold only what
 * a named buyer said, even when the rep's note is confirmed and carries the most weight.
 */
import { describe, expect, it } from 'vitest';
import { evidence } from '../domain/diagnosis/test-builders';
import { handoffBriefToMarkdown } from './handoff-brief-markdown';
import { permissionPackToMarkdown } from './permission-pack-markdown';
import { renewalBriefToMarkdown } from './renewal-brief-markdown';
import { buildTeamBriefs, buyer, champion, cfo, EVIDENCE, user } from './test-fixtures';

const NOTE = 'Rep thinks month-end is their biggest pain';
const SOMEONE = 'Said by a voice nobody has named yet';
const notTheirs = [
  // A confirmed rep note at full weight, before the sale: it would lead the quotes if counted.
  evidence({
    id: 'rn',
    motivation: 'relief',
    source: 'note',
    side: 'rep-note',
    quote: NOTE,
    weight: 2,
    at: '2025-12-20T00:00:00.000Z',
  }),
  // An answer the rep typed into discovery.
  evidence({
    id: 'ra',
    motivation: 'relief',
    source: 'answer',
    quote: 'Rep answer: close takes eight days',
    weight: 2,
    at: '2025-12-21T00:00:00.000Z',
  }),
  // A caption line from a speaker nobody has named.
  evidence({
    id: 'uk',
    motivation: 'relief',
    source: 'caption',
    side: 'unknown',
    speaker: 'Unknown speaker',
    quote: SOMEONE,
    weight: 2,
    at: '2025-12-22T00:00:00.000Z',
  }),
];
const all = [...EVIDENCE, ...notTheirs];
const people = [champion, buyer, user, cfo];

const { renewal, handoff, pack } = buildTeamBriefs({ evidence: all, people });

describe('the briefs quote only the customer', () => {
  it.each([
    ['the renewal brief’s why they bought', renewal.whyTheyBought.flatMap((m) => m.quotes)],
    ['the hand-off brief’s motivations', handoff.motivations.flatMap((m) => m.quotes)],
    ['the permission pack’s quotes', pack.quotes],
  ])('%s leave out the rep’s notes, answers and unnamed speakers', (_where, quotes) => {
    const texts = quotes.map((q) => q.text);
    expect(texts).toContain('We are drowning at month end');
    expect(texts).not.toContain(NOTE);
    expect(texts).not.toContain('Rep answer: close takes eight days');
    expect(texts).not.toContain(SOMEONE);
  });

  it.each([
    ['renewal brief', renewalBriefToMarkdown(renewal)],
    ['hand-off brief', handoffBriefToMarkdown(handoff)],
    ['permission pack', permissionPackToMarkdown(pack)],
  ])('the %s’s Markdown never puts the rep’s note in quotes', (_what, text) => {
    expect(text).not.toContain(NOTE);
    expect(text).not.toContain(SOMEONE);
  });
});

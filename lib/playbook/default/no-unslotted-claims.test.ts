/**
 * A lint over the whole default playbook: nothing in it may state a fact about the customer
 * or their past that nobody said. Such facts go in slots (`{pain_quote}`, `{metric}`…), which
 * are filled only from confirmed evidence or account fields, or shown as `[prompts]`.
 */
import { describe, expect, it } from 'vitest';
import type { PlaybookKind } from '../../domain/vocabulary';
import { SLOT_NAMES } from '../slots';
import { loadDefaultPlaybook } from './index';

const entries = await loadDefaultPlaybook();

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';

type Kinds = readonly PlaybookKind[];
/** Kinds the customer hears or reads; `show`, `avoid`, hand-offs are instructions to the team. */
const HEARD: Kinds = ['say', 'ask', 'objection', 'email-snippet', 'next-step'];
/** What is said or sent as a statement (questions may ask about the past). */
const STATEMENTS: Kinds = HEARD.filter((k) => k !== 'ask');

/** Claims the playbook must not make on its own; each pattern names the habit it catches. */
const CLAIMS: [string, RegExp, Kinds?][] = [
  ['quotes the customer ("you said")', /\byou (said|told|mentioned|described|named|shared|explained)\b/i],
  ['refers to an earlier talk ("as we discussed")', /\bas (we )?discussed\b/i],
  ['refers to an earlier meeting ("last time")', /\blast (time|week|month|quarter|call|meeting)\b/i],
  ['dates the past ("since March")', new RegExp(`\\bsince (${MONTHS})\\b`, 'i')],
  [
    'dates their go-live in words the customer hears ("since launch")',
    /\bsince (go-live|launch|the sale|you went live)\b/i,
    HEARD,
  ],
  ['reminds them of a past they never described', /\bremember when\b/i],
  ['states a percentage about them', /\d+(\.\d+)?\s?%/],
  ['states a result they got', /\byou(r team)? (grew|saved|cut|reduced|doubled|got|handled|hit|reached)\b/i],
  [
    'recaps what they said or want without their words',
    /\b(what I heard|I noted that|you asked (for|about)|you raised|you are aiming|you are keen|the \w+ you (shared|mentioned))\b/i,
  ],
  [
    'recalls their past ("a year ago")',
    /\b(a year ago|a year in|a year on|last year(’s|'s)?)\b/i,
    STATEMENTS,
  ],
  [
    'reports an outcome nobody measured',
    /\b(down by|up by \d|now takes|did not happen|a week early|has run every|is live at|got (easier|better))\b/i,
    HEARD,
  ],
  [
    'counts their sites, tools or teams',
    /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) (sites|regions|spreadsheets|tools|risks|teams|offices)\b/i,
    HEARD,
  ],
  [
    'counts something of theirs',
    /\byour (\w+ ){0,2}\d+\b|\b\d+ (of your|people on your|hours? a (week|month) for you)\b/i,
  ],
];

/** Entry text with slots taken out: what a slot stands for is not a claim. */
const unslotted = (text: string) => text.replace(/\{[a-z_]+\}/g, ' ');

describe('the default playbook says nothing on the customer’s behalf', () => {
  it.each(CLAIMS)('no entry %s outside a slot', (_habit, pattern, kinds) => {
    const offenders = entries
      .filter((e) => !kinds || kinds.includes(e.kind))
      .filter((e) => pattern.test(unslotted(e.text)) || pattern.test(unslotted(e.title)))
      .map((e) => `${e.id}: ${e.text}`);
    expect(offenders).toEqual([]);
  });

  it('uses only slots Motive knows how to fill or prompt for', () => {
    const unknown = entries.flatMap((e) =>
      [...e.text.matchAll(/\{([^}]*)\}/g)]
        .map((m) => m[1]!)
        .filter((name) => !(SLOT_NAMES as readonly string[]).includes(name))
        .map((name) => `${e.id}: {${name}}`),
    );
    expect(unknown).toEqual([]);
  });

  it('puts the customer’s situation in slots where a recap or reminder needs it', () => {
    const recaps = entries.filter((e) => /recap|remind|in their words/i.test(e.title));
    expect(recaps.length).toBeGreaterThan(0);
    for (const e of recaps) expect(e.text, e.id).toMatch(/\{[a-z_]+\}/);
  });
});

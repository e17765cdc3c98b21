import { describe, expect, it } from 'vitest';
import { MOTIVATION_CATALOGUE } from '../../domain/motivations/catalogue';
import { account } from '../test-fixtures';
import { buildRecap } from './build-recap';
import { recapToMarkdown } from './recap-markdown';
import { CALL_EVIDENCE, said, testCall } from './recap-test-call';

const recapOf = (call = testCall()) =>
  buildRecap({
    call,
    account: account({ discovery: { achieve: 'Close in three days' } }),
    people: [],
    evidence: CALL_EVIDENCE,
  });
const names = Object.fromEntries(Object.values(MOTIVATION_CATALOGUE).map((m) => [m.id, m.name])) as never;

describe('buildRecap', () => {
  it.each([
    [
      'what we heard holds this call’s caption quotes, confirmed apart from suggested',
      (r: ReturnType<typeof recapOf>) =>
        r.heard.map(
          (h) =>
            `${h.motivation}:${h.confirmed.map((e) => e.id).join()}/${h.suggested.map((e) => e.id).join()}`,
        ),
      ['relief:c1/', 'risk:/c2'],
    ],
    [
      'who spoke is counted per speaker',
      (r: ReturnType<typeof recapOf>) => r.speakers.map((s) => `${s.name}:${s.lines}`),
      ['Dana Reyes:1', 'You:1', 'Marcus Lindqvist:1', 'Jo Whitfield:1'],
    ],
    [
      'commitments keep their owner',
      (r: ReturnType<typeof recapOf>) => r.commitments.map((c) => `${c.owner}:${c.action}`),
      ['seller:send the security summary by Friday', 'buyer:loop in finance next week'],
    ],
    [
      'risks raised include the outage and the objection, from the buyer’s side only',
      (r: ReturnType<typeof recapOf>) => r.risks.map((x) => x.kind),
      ['outage', 'worry it fails'],
    ],
    [
      'discovery answered and still open come from the account',
      (r: ReturnType<typeof recapOf>) => [r.answered.map((q) => q.id), r.open.length > 0],
      [['achieve'], true],
    ],
    [
      'lines in another language are kept, by language, and nothing is read from them',
      (r: ReturnType<typeof recapOf>) => r.notDiagnosed.map((n) => `${n.language}:${n.lines.length}`),
      ['German:1'],
    ],
  ])('%s', (_rule, read, expected) => {
    expect(read(recapOf())).toEqual(expected);
  });

  it('a participant who never spoke is present but silent (names compared loosely)', () => {
    const call = testCall({
      participants: ['dana  reyes', 'Priya Nair'],
      lines: [said('Dana Reyes', 'buyer', 'Hello.')],
    });
    expect(recapOf(call).silent).toEqual(['Priya Nair']);
  });

  it('a speaker first heard unnamed, then known, is on the known side', () => {
    const call = testCall({
      lines: [said('Dana Reyes', 'unknown', 'Hello.'), said('Dana Reyes', 'buyer', 'Hi.')],
    });
    expect(recapOf(call).speakers).toEqual([{ name: 'Dana Reyes', side: 'buyer', lines: 2 }]);
  });

  it('an untitled call is named after the account', () => {
    expect(recapOf(testCall({ title: '' })).title).toBe('Call with Acme Freight');
  });
});

describe('recapToMarkdown', () => {
  const text = recapToMarkdown(recapOf(), names);
  it.each([
    ['the title heads it', '# Call recap: Acme Freight — discovery'],
    [
      'a suggested quote is marked as such',
      '“What if it fails halfway?” (Marcus Lindqvist) _(suggested, not confirmed)_',
    ],
    [
      'a commitment shows owner, date and quote',
      'Us: send the security summary by Friday — by Friday (2026-12-04). “I’ll send the security summary by Friday.” (You)',
    ],
    ['silent people are listed', '**Present but silent:** Priya Nair'],
    ['foreign lines are kept as said', 'Jo Whitfield: Wir haben das schon einmal versucht'],
  ])('%s', (_rule, expected) => {
    expect(text).toContain(expected);
  });

  it('page text cannot become markup', () => {
    const call = testCall({ title: '<img src=x> [link](http://x)' });
    expect(recapToMarkdown(recapOf(call), names)).toContain('\\<img src=x\\> \\[link\\](http://x)');
  });
});

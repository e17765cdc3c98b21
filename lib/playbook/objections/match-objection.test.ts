import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK } from '../default/all-entries';
import { entry as testEntry } from '../test-entry';
import type { CallLine } from '../../domain/recap/call-line';
import { matchObjection } from './match-objection';

const line = (text: string, side: CallLine['side'] = 'buyer'): CallLine => ({
  id: 'l1',
  speaker: 'Dana Reyes',
  side,
  text,
  at: '2026-12-03T10:00:00.000Z',
});

describe('matchObjection', () => {
  it.each([
    [
      '"what if it fails halfway" raises the fallback answer',
      'Honestly, what if it fails halfway through the migration?',
      'failure',
      'default.risk.objection-what-if-fails',
    ],
    [
      '"we tried this before" raises the tried-before answer',
      'We tried this before with another vendor.',
      'tried-before',
      'default.general.objection-tried-before',
    ],
    [
      'a price complaint raises the price answer',
      'It feels too expensive for a team our size.',
      'price',
      'default.general.objection-price-too-high',
    ],
    [
      'a security question raises the security answer',
      'Our security team will need to review it. Is our data safe?',
      'security',
      'default.general.objection-security-question',
    ],
    [
      'a timing push-back raises the timing answer',
      'It is just not the right time for us.',
      'timing',
      'default.general.objection-timing-not-now',
    ],
    [
      '"we already use X" raises the incumbent answer',
      'We already use Tableau for this.',
      'incumbent',
      'default.general.objection-already-use-another-tool',
    ],
    [
      'an unnamed speaker may raise one too',
      'We tried this before.',
      'tried-before',
      'default.general.objection-tried-before',
    ],
  ])('%s', (_rule, text, topic, entryId) => {
    const side = _rule.startsWith('an unnamed') ? 'unknown' : 'buyer';
    const match = matchObjection(line(text, side), DEFAULT_PLAYBOOK);
    expect(match).toMatchObject({ topic, entry: { id: entryId }, speaker: 'Dana Reyes', lineId: 'l1' });
    expect(match?.why).toMatch(/^heard “.+” · /);
  });

  it.each([
    [
      'the seller’s own question raises nothing',
      line('What if it fails halfway? Then we roll back.', 'seller'),
    ],
    ['a line with no objection raises nothing', line('The team is exhausted after the outage.')],
    [
      'a line in a language the detector does not read raises nothing',
      { ...line('We tried this before.'), language: 'de' },
    ],
  ])('%s', (_rule, input) => {
    expect(matchObjection(input, DEFAULT_PLAYBOOK)).toBeUndefined();
  });

  it.each([
    [
      'a hidden default falls through to the next listed entry',
      DEFAULT_PLAYBOOK.filter((e) => e.id !== 'default.risk.objection-what-if-fails'),
      'default.credibility.objection-what-if-it-flops',
    ],
    [
      'a team objection whose title fits answers when no default does',
      [testEntry({ id: 'team.fail', kind: 'objection', title: 'If it fails', origin: 'team' })],
      'team.fail',
    ],
  ])('%s', (_rule, entries, id) => {
    expect(matchObjection(line('What if it fails halfway?'), entries)?.entry.id).toBe(id);
  });

  it('no entry answering the topic means no card', () => {
    expect(matchObjection(line('What if it fails halfway?'), [])).toBeUndefined();
  });
});

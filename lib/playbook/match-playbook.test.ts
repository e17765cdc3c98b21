import { describe, expect, it } from 'vitest';
import { matchPlaybook, type MatchContext } from './match-playbook';
import type { PlaybookEntry } from './schema';
import { entry } from './test-entry';

const base: MatchContext = { scores: { risk: 0.8, relief: 0.2 }, stage: 'proposal', channel: 'call' };
const ids = (entries: Parameters<typeof matchPlaybook>[0], ctx: Partial<MatchContext> = {}) =>
  matchPlaybook(entries, { ...base, ...ctx }).map((p) => p.entry.id);

describe('matchPlaybook', () => {
  it.each<[string, PlaybookEntry[], Partial<MatchContext>, string[]]>([
    [
      'an entry for the leading motivation beats one for a weaker motivation',
      [entry({ id: 'relief', motivations: { relief: 1 } }), entry({ id: 'risk', motivations: { risk: 1 } })],
      {},
      ['risk', 'relief'],
    ],
    [
      'an entry for another stage never shows',
      [entry({ id: 'x', motivations: { risk: 1 }, stages: ['renewal'] })],
      {},
      [],
    ],
    [
      'an entry for another channel never shows',
      [entry({ id: 'x', motivations: { risk: 1 }, channels: ['email'] })],
      {},
      [],
    ],
    [
      'an entry for another motion never shows',
      [entry({ id: 'x', motivations: { risk: 1 }, motions: ['self-serve'] })],
      { motion: 'high-touch' },
      [],
    ],
    [
      'motion tags are ignored when the motion is unknown',
      [entry({ id: 'x', motivations: { risk: 1 }, motions: ['self-serve'] })],
      {},
      ['x'],
    ],
    [
      'a stage-specific entry beats an any-stage twin',
      [
        entry({ id: 'a-any', motivations: { risk: 1 } }),
        entry({ id: 'b-prop', motivations: { risk: 1 }, stages: ['proposal'] }),
      ],
      {},
      ['b-prop', 'a-any'],
    ],
    [
      'an entry for the person’s role beats a general twin',
      [
        entry({ id: 'a', motivations: { risk: 1 } }),
        entry({ id: 'b', motivations: { risk: 1 }, roles: ['finance-approver'] }),
      ],
      { person: { roles: ['finance-approver'] } },
      ['b', 'a'],
    ],
    [
      'an entry for a different role sinks below a general one',
      [
        entry({ id: 'a', motivations: { risk: 0.5 } }),
        entry({ id: 'b', motivations: { risk: 1 }, roles: ['daily-user'] }),
      ],
      { person: { roles: ['finance-approver'] } },
      ['a', 'b'],
    ],
    [
      'only the requested kinds are returned',
      [
        entry({ id: 'say', motivations: { risk: 1 } }),
        entry({ id: 'ask', kind: 'ask', motivations: { risk: 1 } }),
      ],
      { kinds: ['ask'] },
      ['ask'],
    ],
    [
      'with no diagnosis, general entries still show and targeted ones do not',
      [entry({ id: 'gen' }), entry({ id: 'risk', motivations: { risk: 1 } })],
      { scores: {} },
      ['gen'],
    ],
    [
      'the person’s own motivation lifts entries for it',
      [entry({ id: 'ctl', motivations: { control: 1 } }), entry({ id: 'rel', motivations: { relief: 1 } })],
      { person: { roles: [], motivations: ['control'] } },
      ['ctl', 'rel'],
    ],
    ['equal scores are ordered by id', [entry({ id: 'b' }), entry({ id: 'a' })], {}, ['a', 'b']],
  ])('%s', (_rule, entries, ctx, expected) => {
    expect(ids(entries, ctx)).toEqual(expected);
  });

  it('explains a pick with the motivation score, the role and the stage', () => {
    const [pick] = matchPlaybook(
      [entry({ motivations: { risk: 1 }, roles: ['finance-approver'], stages: ['proposal'] })],
      {
        ...base,
        person: { roles: ['finance-approver', 'economic-buyer'] },
      },
    );
    expect(pick!.explanation).toBe('Risk 0.8 × Finance approver × Proposal');
    expect(pick!.motivation).toBe('risk');
    expect(pick!.factors).toEqual({ motivation: 0.8, role: 1.2, stage: 1.15, channel: 1, motion: 1 });
    expect(pick!.score).toBeCloseTo(0.8 * 1.2 * 1.15);
  });

  it('blends secondary motivations at a quarter of their weight, capped at 1', () => {
    const [pick] = matchPlaybook([entry({ motivations: { risk: 1, relief: 1 } })], base);
    expect(pick!.factors.motivation).toBeCloseTo(0.8 + 0.25 * 0.2);
    const [capped] = matchPlaybook([entry({ motivations: { risk: 1, relief: 1 } })], {
      ...base,
      scores: { risk: 1, relief: 1 },
    });
    expect(capped!.factors.motivation).toBe(1);
  });

  it.each([
    [1, 1],
    [3, 3],
    [200, 120],
    [0, 0],
  ])('returns at most limit=%i picks, the same top ones whichever way it ranks', (limit, count) => {
    const many = Array.from({ length: 120 }, (_, i) =>
      entry({ id: `e${String(i).padStart(3, '0')}`, motivations: { risk: (i % 10) / 10 + 0.1 } }),
    );
    const picks = matchPlaybook(many, { ...base, limit });
    expect(picks).toHaveLength(count);
    const all = matchPlaybook(many, { ...base, limit: 500 });
    expect(picks.map((p) => p.entry.id)).toEqual(all.slice(0, count).map((p) => p.entry.id));
    for (let i = 1; i < picks.length; i++)
      expect(picks[i - 1]!.score).toBeGreaterThanOrEqual(picks[i]!.score);
  });

  it.each([
    ['NaN counts as 0', Number.NaN, []],
    ['a negative score counts as 0', -3, []],
    ['a score above 1 counts as 1', 7, ['x']],
  ])('clamps malformed scores: %s', (_rule, value, expected) => {
    const picks = matchPlaybook([entry({ id: 'x', motivations: { risk: 1 } })], {
      ...base,
      scores: { risk: value },
    });
    expect(picks.map((p) => p.entry.id)).toEqual(expected);
    for (const p of picks) expect(p.factors.motivation).toBe(1);
  });

  it('drops picks under the minimum score', () => {
    expect(ids([entry({ motivations: { relief: 0.1 } })], { minScore: 0.05 })).toEqual([]);
  });
});

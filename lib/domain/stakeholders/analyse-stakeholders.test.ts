import { describe, expect, it } from 'vitest';
import { person } from '../diagnosis/test-builders';
import type { Person } from '../records';
import { analyseStakeholders } from './analyse-stakeholders';
import type { StakeholderContext } from './types';

const now = '2026-11-20T12:00:00.000Z';
const recent = '2026-11-15T12:00:00.000Z';
const old = '2026-08-01T12:00:00.000Z';

/** A healthy committee: every warning rule stays silent on it (the baseline of the table). */
const healthy: Person[] = [
  person({
    id: 'eb',
    name: 'Eve Buyer',
    roles: ['economic-buyer'],
    stance: 'supporter',
    lastContactAt: recent,
  }),
  person({
    id: 'fa',
    name: 'Finn Approver',
    roles: ['finance-approver'],
    stance: 'supporter',
    lastContactAt: recent,
  }),
  person({ id: 'ch', name: 'Cara Champ', roles: ['champion'], stance: 'champion', lastContactAt: recent }),
  person({ id: 'du', name: 'Dev User', roles: ['daily-user'], stance: 'supporter', lastContactAt: recent }),
];
const ctx = (people: Person[], extra: Partial<StakeholderContext> = {}): StakeholderContext => ({
  people,
  stage: 'proposal',
  now,
  ...extra,
});
const swap = (id: string, overrides: Partial<Person>) =>
  healthy.map((p) => (p.id === id ? { ...p, ...overrides } : p));
const rulesOf = (c: StakeholderContext) => analyseStakeholders(c).map((w) => `${w.rule}:${w.severity}`);

describe('analyseStakeholders', () => {
  it('raises nothing for a healthy, engaged committee', () => {
    expect(analyseStakeholders(ctx(healthy))).toEqual([]);
  });

  it.each([
    ['an empty map at proposal is a high-severity gap', ctx([]), 'no-stakeholders:high'],
    [
      'one engaged person at proposal is single-threaded (high)',
      ctx([healthy[0]!, { ...healthy[1]!, lastContactAt: old }]),
      'single-threaded:high',
    ],
    [
      'single-threading in discovery is only medium',
      ctx([healthy[0]!], { stage: 'discovery' }),
      'single-threaded:medium',
    ],
    [
      'no economic buyer at proposal is high',
      ctx(swap('eb', { roles: ['senior-sponsor'] })),
      'no-economic-buyer:high',
    ],
    [
      'no economic buyer in discovery is low',
      ctx(swap('eb', { roles: [] }), { stage: 'discovery' }),
      'no-economic-buyer:low',
    ],
    ['no finance approver at proposal is high', ctx(swap('fa', { roles: [] })), 'no-finance-approver:high'],
    [
      'no finance approver at renewal is medium',
      ctx(swap('fa', { roles: [] }), { stage: 'renewal' }),
      'no-finance-approver:medium',
    ],
    [
      'nobody championing it at evaluation',
      ctx(swap('ch', { roles: [], stance: 'supporter' }), { stage: 'evaluation' }),
      'no-champion:medium',
    ],
    [
      'a blocker never contacted',
      ctx([...healthy, person({ id: 'bl', name: 'Bo', stance: 'blocker', influence: 'high' })]),
      'blocker-not-engaged:high',
    ],
    [
      'a low-influence blocker unseen for months is medium',
      ctx([...healthy, person({ id: 'bl', stance: 'blocker', influence: 'low', lastContactAt: old })]),
      'blocker-not-engaged:medium',
    ],
    [
      'an influential sceptic counts as a blocker',
      ctx([
        ...healthy,
        person({ id: 'sc', stance: 'sceptic', influence: 'high', roles: ['technical-reviewer'] }),
      ]),
      'blocker-not-engaged:high',
    ],
    [
      'present in meetings but silent is a quiet blocker',
      ctx([...healthy, person({ id: 'q', presence: { meetings: 5, spoke: 0 }, lastContactAt: recent })]),
      'quiet-presence:medium',
    ],
    [
      'a silent sceptic is high severity',
      ctx([
        ...healthy,
        person({ id: 'q', stance: 'sceptic', presence: { meetings: 4, spoke: 0 }, lastContactAt: recent }),
      ]),
      'quiet-presence:high',
    ],
    [
      'users keen while the budget holder is neutral',
      ctx(swap('eb', { stance: 'neutral' })),
      'enthusiasm-vs-cost:medium',
    ],
    [
      'users keen while finance is sceptical is high',
      ctx(swap('fa', { stance: 'sceptic' })),
      'enthusiasm-vs-cost:high',
    ],
    [
      'a permission-driven champion without artefacts',
      ctx(healthy, { scores: { permission: 0.6 } }),
      'champion-without-artefacts:high',
    ],
    [
      'a champion who needs permission themselves',
      ctx(swap('ch', { motivations: ['permission'] }), { stage: 'evaluation' }),
      'champion-without-artefacts:medium',
    ],
    [
      'a reporting loop',
      ctx(swap('eb', { reportsTo: 'fa' }).map((p) => (p.id === 'fa' ? { ...p, reportsTo: 'eb' } : p))),
      'reports-to-cycle:low',
    ],
    ['a manager missing from the map', ctx(swap('du', { reportsTo: 'gone' })), 'reports-to-unknown:low'],
  ])('%s', (_rule, c, expected) => {
    expect(rulesOf(c)).toContain(expected);
  });

  it.each([
    ['speaking once in ten meetings is still quiet', { meetings: 10, spoke: 1 }, true],
    ['speaking in two of five meetings is not quiet', { meetings: 5, spoke: 2 }, false],
    ['two silent meetings are too few to judge', { meetings: 2, spoke: 0 }, false],
  ])('quiet presence: %s', (_rule, presence, fires) => {
    const c = ctx([...healthy, person({ id: 'q', presence, lastContactAt: recent })]);
    expect(rulesOf(c).some((r) => r.startsWith('quiet-presence'))).toBe(fires);
  });

  it.each([
    [
      'all three artefacts shared silences it',
      ['business-case', 'objection-answers', 'one-page-summary'],
      false,
    ],
    ['a partial pack still warns', ['business-case'], true],
  ])('champion artefacts: %s', (_rule, artefactsShared, fires) => {
    const c = ctx(healthy, { scores: { permission: 0.8 }, artefactsShared });
    expect(rulesOf(c).some((r) => r.startsWith('champion-without-artefacts'))).toBe(fires);
  });

  it('lists high severity first and names the people and an action for each warning', () => {
    const c = ctx([
      ...swap('du', { reportsTo: 'gone' }),
      person({ id: 'bl', name: 'Bo', stance: 'blocker' }),
    ]);
    const warnings = analyseStakeholders(c);
    expect(warnings.map((w) => w.severity)).toEqual(['high', 'low']);
    expect(warnings[0]).toMatchObject({ id: 'blocker-not-engaged:bl', personIds: ['bl'] });
    for (const w of warnings) expect(w.action.length).toBeGreaterThan(20);
  });

  it('reports a three-person reporting loop once, with everyone in it', () => {
    const loop = [
      person({
        id: 'a',
        reportsTo: 'b',
        lastContactAt: recent,
        roles: ['economic-buyer', 'finance-approver', 'champion'],
      }),
      person({ id: 'b', reportsTo: 'c', lastContactAt: recent }),
      person({ id: 'c', reportsTo: 'a' }),
    ];
    const cycles = analyseStakeholders(ctx(loop)).filter((w) => w.rule === 'reports-to-cycle');
    expect(cycles).toHaveLength(1);
    expect([...cycles[0]!.personIds].sort()).toEqual(['a', 'b', 'c']);
  });
});

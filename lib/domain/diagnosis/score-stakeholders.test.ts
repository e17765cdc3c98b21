import { describe, expect, it } from 'vitest';
import { MOTIVATION_CATALOGUE as catalogue } from '../motivations/catalogue';
import { scoreStakeholders } from './score-stakeholders';
import { evidence, person } from './test-builders';

describe('scoreStakeholders', () => {
  it.each([
    ['a person is scored from evidence attributed to them', 'p1', { risk: 1, relief: 0 }],
    ['a person’s stated motivations count without any evidence', 'p2', { control: 0.7, risk: 0 }],
    ['a person with nothing known scores zero everywhere', 'p3', { risk: 0, control: 0 }],
  ])('%s', (_rule, id, expected) => {
    const people = [
      person({ id: 'p1' }),
      person({ id: 'p2', motivations: ['control'] }),
      person({ id: 'p3' }),
    ];
    const items = [
      evidence({ id: 'x', personId: 'p1', motivation: 'risk' }),
      evidence({ id: 'y', motivation: 'relief' }),
    ];
    const scores = scoreStakeholders({ evidence: items, people, catalogue, now: '2026-11-01T10:00:00.000Z' });
    expect(scores.get(id)!.scores).toMatchObject(expected);
  });
});

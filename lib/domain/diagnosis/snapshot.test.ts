import { describe, expect, it } from 'vitest';
import { diagnosisSchema, type Person } from '../records';
import { MOTIVATION_CATALOGUE } from '../motivations/catalogue';
import { scoreDiagnosis } from './score-diagnosis';
import { toDiagnosisSnapshot, toRoster } from './snapshot';

const AT = '2026-11-22T14:00:00.000Z';
const person: Person = {
  id: 'p1',
  accountId: 'a1',
  name: 'Jonas Berg',
  email: 'jonas@acme.com',
  title: 'CFO',
  roles: ['economic-buyer'],
  stance: 'supporter',
  influence: 'high',
  motivations: ['risk'],
  presence: { meetings: 3, spoke: 2 },
  createdAt: AT,
  updatedAt: AT,
};

describe('toRoster', () => {
  it('keeps who, and their title, roles, stance and influence — nothing else (no email, no presence)', () => {
    expect(toRoster([person])).toEqual([
      {
        id: 'p1',
        name: 'Jonas Berg',
        title: 'CFO',
        roles: ['economic-buyer'],
        stance: 'supporter',
        influence: 'high',
      },
    ]);
  });
});

describe('toDiagnosisSnapshot', () => {
  const result = scoreDiagnosis({
    evidence: [],
    tickedSignals: [],
    catalogue: MOTIVATION_CATALOGUE,
    now: AT,
  });

  it('keeps the buying group when given one, as a valid synced record', () => {
    const snapshot = toDiagnosisSnapshot(result, { id: 'd1', accountId: 'a1', at: AT, people: [person] });
    expect(snapshot.people).toEqual(toRoster([person]));
    expect(diagnosisSchema.parse(snapshot)).toEqual(snapshot);
  });

  it('leaves the roster out when no group is given', () => {
    expect(toDiagnosisSnapshot(result, { id: 'd1', accountId: 'a1', at: AT })).not.toHaveProperty('people');
  });
});

import { describe, expect, it } from 'vitest';
import { diagnosisSchema } from '../records';
import type { MotivationId } from '../vocabulary';
import { compareDiagnoses } from './compare-diagnoses';
import { isWorthSnapshotting, toDiagnosisSnapshot } from './snapshot';
import { person } from './test-builders';
import type { DiagnosisResult } from './types';

const snap = (at: string, scores: Partial<Record<MotivationId, number>>) => ({
  at,
  scores: scores as Record<MotivationId, number>,
});
const JAN = '2026-01-10T00:00:00.000Z';
const MAR = '2026-03-10T00:00:00.000Z';

describe('compareDiagnoses', () => {
  it('names the new top motivation and who joined in between', () => {
    const cfo = person({
      id: 'p9',
      name: 'Dana Kim',
      roles: ['finance-approver'],
      createdAt: '2026-02-01T00:00:00.000Z',
    });
    const early = person({ id: 'p1', createdAt: '2025-12-01T00:00:00.000Z' });
    const movement = compareDiagnoses(
      snap(JAN, { relief: 0.8, risk: 0.2 }),
      snap(MAR, { relief: 0.5, risk: 0.85 }),
      { people: [cfo, early] },
    );
    expect(movement).toMatchObject({ topBefore: 'relief', topAfter: 'risk', newTop: true });
    expect(movement.joined.map((p) => p.id)).toEqual(['p9']);
    expect(movement.summary).toBe('relief → risk once Dana Kim (finance approver) joined');
    expect(movement.rising.map((c) => c.motivation)).toEqual(['risk']);
    expect(movement.falling).toEqual([{ motivation: 'relief', before: 0.8, after: 0.5, delta: -0.3 }]);
  });

  it.each([
    [
      'changes under the threshold are noise',
      { relief: 0.5 },
      { relief: 0.55 },
      [],
      [],
      'relief still leads; no real movement',
    ],
    [
      'a rising motivation under the same leader is reported',
      { risk: 0.7, control: 0.1 },
      { risk: 0.7, control: 0.4 },
      ['control'],
      [],
      'risk still leads; control rising (+0.30)',
    ],
    [
      'nothing above the floor means no clear motivation',
      { relief: 0.1 },
      { relief: 0.12 },
      [],
      [],
      'no clear motivation yet',
    ],
    [
      'a first clear motivation reads from "nothing clear"',
      {},
      { growth: 0.6 },
      ['growth'],
      [],
      'nothing clear → growth',
    ],
  ])('%s', (_rule, a, b, rising, falling, summary) => {
    const m = compareDiagnoses(snap(JAN, a), snap(MAR, b));
    expect(m.rising.map((c) => c.motivation)).toEqual(rising);
    expect(m.falling.map((c) => c.motivation)).toEqual(falling);
    expect(m.summary).toBe(summary);
  });

  it('orders the snapshots by time whichever way they are passed', () => {
    const m = compareDiagnoses(snap(MAR, { risk: 0.9 }), snap(JAN, { relief: 0.9 }));
    expect(m).toMatchObject({ from: JAN, to: MAR, topBefore: 'relief', topAfter: 'risk' });
  });
});

describe('snapshots', () => {
  const result = {
    scores: { relief: 0.123456, risk: 0.5 } as Record<MotivationId, number>,
    confirmedScores: { relief: 0.1, risk: 0.5 } as Record<MotivationId, number>,
    ranked: [],
    evidenceIds: ['e1', 'e1', 'e2'],
    unknownSignals: [],
  } satisfies DiagnosisResult;

  it('produces a valid Diagnosis record with every motivation, rounded, deduplicated evidence', () => {
    const d = toDiagnosisSnapshot(result, {
      id: 'd1',
      accountId: 'a1',
      at: MAR,
      stage: 'proposal',
      label: 'after demo',
    });
    expect(diagnosisSchema.parse(d)).toEqual(d);
    expect(d.scores).toMatchObject({ relief: 0.1235, risk: 0.5, blame: 0 });
    expect(d.evidenceIds).toEqual(['e1', 'e2']);
    expect(d).not.toHaveProperty('personId');
  });

  it.each([
    ['the first non-empty diagnosis is worth keeping', undefined, { relief: 0.3 }, true],
    ['an empty first diagnosis is not', undefined, {}, false],
    ['a move of 0.05 or more is worth keeping', { relief: 0.3 }, { relief: 0.35 }, true],
    ['a smaller wobble is not', { relief: 0.3 }, { relief: 0.32 }, false],
  ])('%s', (_rule, prev, next, expected) => {
    const p = prev && { scores: prev as Record<MotivationId, number> };
    expect(isWorthSnapshotting(p, { scores: next as Record<MotivationId, number> })).toBe(expected);
  });
});

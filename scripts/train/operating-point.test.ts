import { describe, expect, it } from 'vitest';
import { MOTIVATIONS, ROLES } from '../../lib/domain/vocabulary';
import { chooseOperatingPoint, FALSE_ALARM_LIMIT, measure, type ScoredRow } from './operating-point';

/** A held-out row: motivation probabilities by index (the rest 0.01), true labels by index. */
function row(probs: Record<number, number>, truth: number[], roleProb = 0.01, roleTruth = false): ScoredRow {
  const probabilities = [...MOTIVATIONS, ...ROLES].map((_, c) => probs[c] ?? 0.01);
  probabilities[MOTIVATIONS.length] = roleProb;
  const t = probabilities.map((_, c) => truth.includes(c));
  t[MOTIVATIONS.length] = roleTruth;
  return { probabilities, truth: t };
}

describe('measure: held-out figures at an operating point', () => {
  const rows = [
    row({ 0: 0.6 }, [0]), // top-1 hit
    row({ 1: 0.3 }, [1]), // silent: a miss
    row({ 2: 0.8, 3: 0.55 }, [2, 3]), // second label under the second bar
    row({ 4: 0.5 }, []), // false alarm
    row({}, []),
  ];
  const q = measure(rows, { top: 0.45, second: 0.7, role: 0.5 });
  it.each([
    ['top-1 counts silence as a miss', q.top1, 2 / 3],
    ['false alarms are negatives with any report', q.falseAlarms, 1 / 2],
    ['ranking top-1 ignores the bars', q.rankingTop1, 1],
  ])('%s', (_rule, figure, expected) => {
    expect(figure).toBeCloseTo(expected, 6);
  });
});

describe('measure with a "reveals a motivation" gate', () => {
  const point = { top: 0.45, second: 0.7, role: 0.5 };
  const gated = (r: ScoredRow, reveals: number): ScoredRow => ({ ...r, reveals });
  // Each row is measured with one negative and one clear hit beside it.
  it.each<[string, ScoredRow, number, number]>([
    ['a doubtful gate silences a strong motivation on a negative', gated(row({ 4: 0.8 }, []), 0.1), 1, 0],
    ['without a gate that negative is a false alarm', row({ 4: 0.8 }, []), 1, 1 / 2],
    ['a sure gate lifts a weak right motivation over the bar', gated(row({ 1: 0.3 }, [1]), 0.9), 1, 0],
    ['without a gate the weak motivation stays silent', row({ 1: 0.3 }, [1]), 1 / 2, 0],
  ])('%s', (_rule, scored, top1, falseAlarms) => {
    const q = measure([scored, row({}, []), row({ 0: 0.9 }, [0])], point);
    expect(q.top1).toBeCloseTo(top1, 6);
    expect(q.falseAlarms).toBeCloseTo(falseAlarms, 6);
  });
  it('leaves the role cues alone (the reveals score is not a role)', () => {
    const withRevealsColumn = {
      ...row({}, [], 0.6, true),
      probabilities: [...row({}, [], 0.6, true).probabilities, 0.99],
    };
    expect(measure([withRevealsColumn], point).rolePrecision).toBe(1);
  });
});

describe('chooseOperatingPoint', () => {
  // 20 negatives whose strongest score is 0.04·k (k = 1…20), and positives scored 0.9 or 0.3.
  const negatives = Array.from({ length: 20 }, (_, k) => row({ 0: 0.04 * (k + 1) }, []));
  const positives = [row({ 1: 0.9, 2: 0.3 }, [1]), row({ 2: 0.9, 1: 0.8 }, [1, 2])];
  const point = chooseOperatingPoint([...negatives, ...positives]);

  it('picks the lowest top bar whose false alarms stay within the limit', () => {
    const q = measure([...negatives, ...positives], point);
    expect(q.falseAlarms).toBeLessThanOrEqual(FALSE_ALARM_LIMIT);
    const lower = measure([...negatives, ...positives], { ...point, top: point.top - 0.01 });
    expect(lower.falseAlarms).toBeGreaterThan(FALSE_ALARM_LIMIT);
  });

  it('never puts the second bar under the top bar', () => {
    expect(point.second).toBeGreaterThanOrEqual(point.top);
  });
});

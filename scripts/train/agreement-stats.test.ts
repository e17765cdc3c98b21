import { describe, expect, it } from 'vitest';
import {
  cohensKappa,
  compareAnnotators,
  confusionPairs,
  seededSample,
  type LabelSet,
} from './agreement-stats';

/** Expands a 2×2 table (yes/yes, yes/no, no/yes, no/no) into two annotators' decisions. */
function table(yy: number, yn: number, ny: number, nn: number): [boolean[], boolean[]] {
  const rows: [boolean, boolean][] = [
    ...Array<[boolean, boolean]>(yy).fill([true, true]),
    ...Array<[boolean, boolean]>(yn).fill([true, false]),
    ...Array<[boolean, boolean]>(ny).fill([false, true]),
    ...Array<[boolean, boolean]>(nn).fill([false, false]),
  ];
  return [rows.map(([a]) => a), rows.map(([, b]) => b)];
}

describe('cohensKappa', () => {
  it.each([
    ['is 0.4 on the textbook table 20/5/10/15 (observed 0.7, chance 0.5)', table(20, 5, 10, 15), 0.4],
    ['is 1 when the annotators agree on every item and both use both answers', table(3, 0, 0, 7), 1],
    ['is −1 when they disagree on every item with balanced answers', table(0, 5, 5, 0), -1],
    ['is 0 when agreement is exactly what chance predicts', table(1, 1, 1, 1), 0],
    ['is negative when agreement is below chance', table(1, 4, 4, 1), -0.6],
  ])('%s', (_title, [first, second], expected) => {
    expect(cohensKappa(first, second)).toBeCloseTo(expected, 10);
  });

  it.each([
    ['neither annotator ever uses the label', table(0, 0, 0, 6)],
    ['both always use it', table(6, 0, 0, 0)],
    ['there are no items', table(0, 0, 0, 0)],
  ])('is undefined (null) when %s', (_title, [first, second]) => {
    expect(cohensKappa(first, second)).toBeNull();
  });

  it('refuses decisions on different numbers of items', () => {
    expect(() => cohensKappa([true], [true, false])).toThrow(/same items/);
  });
});

describe('confusionPairs', () => {
  it.each([
    [
      'pairs each label only the first gave with each only the second gave',
      ['risk'],
      ['confidence'],
      [['risk', 'confidence']],
    ],
    ['says none when the second annotator saw nothing', ['relief'], [], [['relief', 'none']]],
    ['says none when the first annotator saw nothing', [], ['blame'], [['none', 'blame']]],
    ['ignores the labels both gave', ['risk', 'blame'], ['risk'], [['blame', 'none']]],
    ['is empty when the sets are equal in any order', ['a', 'b'], ['b', 'a'], []],
  ])('%s', (_title, first, second, expected) => {
    expect(confusionPairs(first, second)).toEqual(expected);
  });
});

describe('compareAnnotators', () => {
  const labels = (motivations: string[], roles: string[] = []): LabelSet => ({ motivations, roles });
  const first = new Map([
    ['a', labels(['risk'])],
    ['b', labels(['risk'], ['finance-approver'])],
    ['c', labels([])],
    ['d', labels(['relief', 'simplicity'])],
  ]);
  const second = new Map([
    ['a', labels(['risk'])],
    ['b', labels(['confidence'], ['finance-approver'])],
    ['c', labels([])],
    ['d', labels(['simplicity', 'relief'])],
  ]);
  const report = compareAnnotators(first, second);

  it('counts an item as agreeing only when the motivation sets are identical', () => {
    expect(report.exactSetAgreement).toBe(0.75);
    expect(report.disagreements).toEqual([{ id: 'b', first: ['risk'], second: ['confidence'] }]);
  });

  it('lists the confusion behind each disagreement', () => {
    expect(report.confusions).toEqual([{ from: 'risk', to: 'confidence', count: 1 }]);
  });

  it('gives per-motivation kappa from the yes/no decisions and leaves unused labels undefined', () => {
    expect(report.perMotivation.risk).toEqual({
      kappa: cohensKappa([true, true, false, false], [true, false, false, false]),
      first: 2,
      second: 1,
      both: 1,
    });
    expect(report.perMotivation.relief.kappa).toBe(1);
    expect(report.perMotivation.growth.kappa).toBeNull();
  });

  it('averages kappa over the motivations where it is defined', () => {
    const defined = ['risk', 'relief', 'simplicity', 'confidence'] as const;
    const expected = defined.reduce((s, m) => s + (report.perMotivation[m].kappa ?? 0), 0) / defined.length;
    expect(report.meanKappa).toBeCloseTo(expected, 12);
  });

  it('counts negatives and role agreement separately', () => {
    expect(report.negatives).toEqual({ first: 1, second: 1, both: 1 });
    expect(report.perRole['finance-approver'].kappa).toBe(1);
    expect(report.roleExactSetAgreement).toBe(1);
  });

  it('refuses a second-annotator id the corpus does not have', () => {
    expect(() => compareAnnotators(first, new Map([['zz', labels([])]]))).toThrow(/zz/);
  });
});

describe('seededSample', () => {
  const items = Array.from({ length: 50 }, (_, i) => i);

  it('draws the same sample again from the same seed', () => {
    expect(seededSample(items, 10, 7)).toEqual(seededSample(items, 10, 7));
  });

  it('draws a different sample from another seed', () => {
    expect(seededSample(items, 10, 7)).not.toEqual(seededSample(items, 10, 8));
  });

  it('never repeats an item and stops at the pool size', () => {
    const sample = seededSample(items, 80, 3);
    expect(sample).toHaveLength(50);
    expect(new Set(sample).size).toBe(50);
  });
});

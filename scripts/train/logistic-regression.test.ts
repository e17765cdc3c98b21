import { describe, expect, it } from 'vitest';
import { featuriseAll, featuriseUnits } from './featurise';
import { trainOneVsRest } from './logistic-regression';

const o = { buckets: 8, epochs: 30, learningRate: 1, l2: 0, positiveWeight: 1, seed: 1 };
const row = (...features: number[]) => ({ features, count: features.length });

describe('trainOneVsRest on bags of scoring units (multiple-instance, best unit per label)', () => {
  // Feature 1 is small talk that every text has; feature 2 is the cue, in one sentence only.
  const bags = [
    [row(1, 2), row(1), row(2)], // a turn, its small-talk sentence and its cue sentence
    [row(1)],
    [row(1)],
    [row(1, 3)],
  ];
  const labels: (0 | 1)[][] = [[1], [0], [0], [0]];
  const { biases, weights } = trainOneVsRest(bags, labels, o);
  const z = (r: ReturnType<typeof row>) => biases[0]! + r.features.reduce((s, f) => s + weights[0]![f]!, 0);

  it.each([
    ['the cue sentence alone is reported', row(2), true],
    ['the small-talk sentence alone is not', row(1), false],
    ['a sentence of another negative text is not', row(1, 3), false],
  ])('%s', (_rule, unit, positive) => {
    expect(z(unit) > 0).toBe(positive);
  });

  it('takes the loss on the best unit only: another unit of the bag learns nothing from it', () => {
    // Both units start level; the first becomes the best and carries the label from then on.
    const trained = trainOneVsRest([[row(5), row(6)], [row(3)]], [[1], [0]], o);
    expect(trained.weights[0]![5]).toBeGreaterThan(0);
    expect(trained.weights[0]![6]).toBe(0);
  });

  it('is deterministic: the same bags give the same weights', () => {
    expect(trainOneVsRest(bags, labels, o).weights[0]).toEqual(weights[0]);
  });
});

describe('featuriseUnits (the training view of the detector’s units)', () => {
  const texts = [
    'We need this live before the audit. Lunch was great.',
    'We need this live before the audit.',
  ];
  const units = featuriseUnits(texts, 1 << 16, 2);
  const rows = featuriseAll(texts, 1 << 16, 2);

  it.each([
    ['a two-sentence text is its turn and each sentence', 0, 3],
    ['a one-sentence text is one unit', 1, 1],
  ])('%s', (_rule, i, count) => {
    expect(units[i]).toHaveLength(count);
  });

  it('drops the same rare features as the whole-utterance rows', () => {
    expect(units[0]![0]!.features).toEqual(rows[0]!.features);
    expect(units[1]![0]).toEqual(rows[1]);
    // "Lunch was great." is in one text only: none of its features are kept.
    expect(units[0]![2]!.features).toEqual([]);
  });
});

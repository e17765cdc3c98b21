import { describe, expect, it } from 'vitest';
import { shippedWeights } from './ship-weights';

describe('shippedWeights: calibration folded in, rounded, small weights pruned', () => {
  const raw = new Float64Array([0.1, -0.3, 0.26, 2]);
  it.each<[string, number, number[]]>([
    ['nothing pruned: every weight scaled by a and rounded', 0, [0.2, -0.6, 0.52, 4]],
    ['weights under the bar after scaling are dropped', 0.5, [0, -0.6, 0.52, 4]],
    ['the bar is inclusive and applies to the rounded weight', 0.52, [0, -0.6, 0.52, 4]],
  ])('%s', (_rule, pruneBelow, expected) => {
    const shipped = shippedWeights([0.5], [raw], [{ a: 2, b: -1 }], pruneBelow);
    expect([...shipped.weights[0]!]).toEqual(expected);
    expect(shipped.biases).toEqual([0]);
  });
});

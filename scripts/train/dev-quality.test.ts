/**
 * Quality floors on the dev split (never trained or tuned on) with the shipped model. The
 * detector is deterministic, so these figures only move when the model or code changes;
 * a regression below the product's targets fails the suite.
 */
import { describe, expect, it } from 'vitest';
import { shippedDetector } from './shipped-model';
import { loadCorpus } from './corpus';
import { evaluate } from './evaluate';

const quality = evaluate(shippedDetector, loadCorpus('dev'));

describe('detector quality on the dev split (default threshold)', () => {
  it('reaches macro-F1 ≥ 0.75', () => {
    expect(quality.macroF1).toBeGreaterThanOrEqual(0.75);
  });

  it('keeps precision ≥ 0.8', () => {
    expect(quality.microPrecision).toBeGreaterThanOrEqual(0.8);
  });

  it('fires on at most 10% of the negatives', () => {
    expect(quality.negativeFalsePositiveRate).toBeLessThanOrEqual(0.1);
  });

  it('reads role cues with precision ≥ 0.8', () => {
    expect(quality.roles.precision).toBeGreaterThanOrEqual(0.8);
  });
});

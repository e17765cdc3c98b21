/**
 * Quality floors with the shipped model on the dev sets (never trained on). The detector is
 * deterministic, so these figures only move when the model or code changes. The sample
 * sales-call turns are held back from training too (`tests/corpus/candidates/`). Floors: the
 * product's targets where the model meets them (macro-F1 ≥ 0.72 and false alarms ≤ 10% on
 * the independent set, and its top-1 ≥ 0.80); the figures it must not fall below elsewhere. The
 * real set misses its targets: it is floored at the shipped model's figure (rounded down), so a
 * retrain that loses ground fails here; `npm run bench` reports the rest.
 */
import { describe, expect, it } from 'vitest';
import { shippedDetector } from './shipped-model';
import { loadDev, loadSampleCallTurns } from './corpus';
import { evaluate } from './evaluate';

const own = evaluate(shippedDetector, loadDev('dev'));
const independent = evaluate(shippedDetector, loadDev('dev-independent'));
const real = evaluate(shippedDetector, loadDev('dev-real'));
// Buyer turns of public sample sales calls (candidates/sales-calls-*.jsonl), never trained on.
const calls = evaluate(shippedDetector, loadSampleCallTurns());

describe('detector quality on the dev sets (default threshold)', () => {
  it.each([
    ['own-voice dev: macro-F1 ≥ 0.75', own.macroF1, 0.75],
    ['own-voice dev: precision ≥ 0.8', own.microPrecision, 0.8],
    ['own-voice dev: role-cue precision ≥ 0.75', own.roles.precision, 0.75],
    ['independent dev: macro-F1 ≥ 0.72', independent.macroF1, 0.72],
    ['independent dev: precision ≥ 0.8', independent.microPrecision, 0.8],
    // The target (0.802 since rarer features and 2^20 buckets, 329 of 410).
    ['independent dev: top-1 ≥ 0.80', independent.top1, 0.8],
    // Far below the 0.45 target (0.232): the floor keeps a retrain from losing ground.
    ['real dev: top-1 ≥ 0.23', real.top1, 0.23],
    // Issue 11's call-turn target (0.471 pooled: 0.443 on the first set, 0.500 on the second,
    // which was scored once when it arrived; candidates/sales-calls-2-rule.md).
    ['sample sales-call turns: top-1 ≥ 0.45', calls.top1, 0.45],
  ])('%s', (_rule, figure, floor) => {
    expect(figure).toBeGreaterThanOrEqual(floor);
  });

  it.each([
    ['own-voice dev', own.negativeFalsePositiveRate],
    ['independent dev', independent.negativeFalsePositiveRate],
  ])('fires on at most 10%% of the lines that reveal nothing: %s', (_set, rate) => {
    expect(rate).toBeLessThanOrEqual(0.1);
  });
});

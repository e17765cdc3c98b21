import { describe, expect, it } from 'vitest';
import type { Detection, Detector } from '../../lib/domain/detector/types';
import type { CorpusItem } from './corpus';
import { evaluate } from './evaluate';

/** A detector that reports exactly the motivations listed in the text ("risk,blame"). */
const echo: Detector = {
  threshold: 0.5,
  operatingPoint: { top: 0.5, second: 0.5, role: 0.5 },
  createStream: () => { throw new Error('unused'); }, // prettier-ignore
  detect: (text): Detection => ({
    motivations: text
      .split(',')
      .filter(Boolean)
      .map((m) => ({ motivation: m as 'risk', confidence: 1, span: { start: 0, end: 1 }, quote: 'x' })),
    roles: [],
  }),
};
const item = (text: string, motivations: string[], negative = false): CorpusItem =>
  ({ id: text, style: 'clean', industry: 'x', text, motivations, roles: [], negative }) as CorpusItem;

describe('evaluate', () => {
  const q = evaluate(echo, [
    item('risk', ['risk']),
    item('risk,blame', ['risk']),
    item('', ['blame']),
    item('relief', [], true),
    item('', [], true),
  ]);

  it.each([
    ['precision of risk', q.perMotivation.risk.precision, 1],
    ['recall of risk', q.perMotivation.risk.recall, 1],
    ['precision of blame (one false positive)', q.perMotivation.blame.precision, 0],
    ['recall of blame (one miss)', q.perMotivation.blame.recall, 0],
    ['false-positive rate on negatives', q.negativeFalsePositiveRate, 0.5],
    ['micro precision', q.microPrecision, 2 / 4],
  ])('computes %s', (_name, actual, expected) => {
    expect(actual).toBeCloseTo(expected, 5);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../lib/domain/detector/create-detector';
import { parseDetectorModel } from '../../lib/domain/detector/parse-detector-model';
import { augment } from './augment';
import { allPatterns, buildModel, DEFAULT_OPTIONS } from './build-model';
import { loadTraining } from './corpus';
import { encodeDetectorModel } from './encode-model';
import { evaluate } from './evaluate';
import { shippedModel } from './shipped-model';

const sample = loadTraining().filter((_, i) => i % 10 === 0);
// A tenth of the corpus: rare features are counted from two items, not four.
const quick = { ...DEFAULT_OPTIONS, buckets: 1 << 16, folds: 3, epochs: 6, minCount: 2 };

describe('buildModel (the training behind `npm run train`)', () => {
  it('is deterministic: the same items give byte-identical models', () => {
    const copies = augment(sample, 7);
    expect(JSON.stringify(augment(sample, 7))).toBe(JSON.stringify(copies));
    const once = JSON.stringify(buildModel([...sample, ...copies], quick).model);
    expect(JSON.stringify(buildModel([...sample, ...copies], quick).model)).toBe(once);
  });

  it('produces a calibrated model with an operating point the detector accepts, that fits what it was trained on', () => {
    const { model } = buildModel(sample, quick);
    const { top, second, role } = model.operatingPoint;
    expect(second).toBeGreaterThanOrEqual(top);
    for (const bar of [top, second, role]) expect(bar > 0 && bar < 1).toBe(true);
    const detector = createDetector(parseDetectorModel(JSON.parse(encodeDetectorModel(model))));
    expect(evaluate(detector, sample).macroF1).toBeGreaterThan(0.8);
  });

  it('chooses the operating point on held-out scores of the weights as shipped (pruned)', () => {
    // Every weight pruned: as shipped, each fold's model scores every item by its biases alone.
    const check = (pointOn: 'shipped' | 'trained') => {
      const { heldOut } = buildModel(sample, { ...quick, pruneBelow: 1e9, pointOn });
      return new Set(heldOut.map((row) => row.probabilities[0]!.toFixed(6))).size;
    };
    expect(check('shipped')).toBeLessThanOrEqual(quick.folds);
    expect(check('trained')).toBeGreaterThan(quick.folds);
  });

  it('ships a "reveals a motivation" gate only when asked to', () => {
    expect(buildModel(sample, { ...quick, gate: 'reveals' }).model.reveals?.index.length).toBeGreaterThan(0);
    expect(buildModel(sample, { ...quick, gate: 'strongest' }).model.reveals).toBeUndefined();
  });

  // 1 MiB: the base64-varint format (`encode-model.ts`) holds the unpruned model in 1.7 MB,
  // so this bar is about what a page load should parse, not what the format can hold.
  it('ships every highlight pattern, learned role cues, and stays under 1 MiB', () => {
    expect(shippedModel.patterns.length).toBe(allPatterns().length);
    expect(Object.keys(shippedModel.roles)).toHaveLength(7);
    const bytes = readFileSync(new URL('../../public/models/detector.json', import.meta.url)).length;
    expect(bytes).toBeLessThan(1024 * 1024);
  });
});

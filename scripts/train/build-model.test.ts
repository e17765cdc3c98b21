import { describe, expect, it } from 'vitest';
import { createDetector } from '../../lib/domain/detector/create-detector';
import { parseDetectorModel } from '../../lib/domain/detector/parse-detector-model';
import { shippedModel } from './shipped-model';
import { allPatterns, buildModel } from './build-model';
import { loadCorpus } from './corpus';
import { evaluate } from './evaluate';

const sample = loadCorpus('train').filter((_, i) => i % 4 === 0);

describe('buildModel (the training behind `npm run train`)', () => {
  it('is deterministic: the same items give byte-identical models', () => {
    expect(JSON.stringify(buildModel(sample, 0.3))).toBe(JSON.stringify(buildModel(sample, 0.3)));
  });

  it('produces a model the detector accepts and that fits what it was trained on', () => {
    const model = parseDetectorModel(JSON.parse(JSON.stringify(buildModel(sample, 0.3))));
    expect(evaluate(createDetector(model), sample).macroF1).toBeGreaterThan(0.9);
  });

  it('ships every pattern with its catalogue signal id and stays under 300 KB', () => {
    expect(shippedModel.patterns.length).toBe(allPatterns().length);
    expect(JSON.stringify(shippedModel).length).toBeLessThan(300 * 1024);
  });
});

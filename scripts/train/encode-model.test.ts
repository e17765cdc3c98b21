import { describe, expect, it } from 'vitest';
import { parseDetectorModel } from '../../lib/domain/detector/parse-detector-model';
import { encodeClass, encodeDetectorModel } from './encode-model';
import { shippedModel } from './shipped-model';

describe('encodeDetectorModel (the file format `parseDetectorModel` reads)', () => {
  it('round-trips the shipped model exactly, weights bit for bit', () => {
    expect(parseDetectorModel(JSON.parse(encodeDetectorModel(shippedModel)))).toEqual(shippedModel);
  });

  it('writes small gaps and small steps as one byte each', () => {
    // Buckets 0, 1, 3 are gaps 1, 1, 2; weights 0.01, −0.01, 0.63 are zigzagged steps 2, 1, 126.
    const label = encodeClass({ bias: 0, index: [0, 1, 3], weight: [0.01, -0.01, 0.63] });
    expect(Buffer.from(label.index, 'base64')).toEqual(Buffer.from([1, 1, 2]));
    expect(Buffer.from(label.weight, 'base64')).toEqual(Buffer.from([2, 1, 126]));
  });

  it('refuses a weight that is not a whole step, rather than moving it', () => {
    expect(() => encodeClass({ bias: 0, index: [1], weight: [0.123] })).toThrow(/not a multiple of 1\/100/);
  });
});

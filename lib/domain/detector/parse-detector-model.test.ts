import { describe, expect, it } from 'vitest';
import { DetectorModelError, parseDetectorModel } from './parse-detector-model';
import type { DetectorModel } from './types';
import { shippedModel } from '../../../scripts/train/shipped-model';

/** A deep copy of the shipped model that a test may break. */
const valid = () => JSON.parse(JSON.stringify(shippedModel)) as DetectorModel;
/** Writes a value of the wrong type into an array, as a corrupted file would. */
const put = (list: unknown[], at: number, value: unknown) => (list[at] = value);

describe('parseDetectorModel', () => {
  it('accepts the shipped model', () => {
    expect(parseDetectorModel(valid()).buckets).toBe(shippedModel.buckets);
  });

  it('accepts a model with or without a "reveals a motivation" label', () => {
    const { reveals: _, ...without } = valid();
    expect(parseDetectorModel(without).reveals).toBeUndefined();
    const gated = { ...valid(), reveals: structuredClone(shippedModel.classes.risk) };
    expect(parseDetectorModel(gated).reveals).toEqual(shippedModel.classes.risk);
  });

  it.each<[string, (m: DetectorModel) => unknown, RegExp]>([
    ['not an object', () => 'nope', /\(root\) must be an object/],
    ['a wrong format tag', (m) => ({ ...m, format: 'other' }), /format must be/],
    ['an unknown version', (m) => ({ ...m, version: 1 }), /version must be 2/],
    [
      'a missing role class',
      (m) => ({ ...m, roles: { ...m.roles, champion: undefined } }),
      /roles\.champion must be an object/,
    ],
    [
      'a missing operating point',
      (m) => ({ ...m, operatingPoint: undefined }),
      /operatingPoint must be an object/,
    ],
    ['a bar outside (0, 1)', (m) => ({ ...m, operatingPoint: { ...m.operatingPoint, top: 1.5 } }), /operatingPoint\.top must be between/], // prettier-ignore
    ['a role bar that is not a number', (m) => ({ ...m, operatingPoint: { ...m.operatingPoint, role: '0.5' } }), /operatingPoint\.role must be a finite number/], // prettier-ignore
    ['a second bar below the top bar', (m) => ({ ...m, operatingPoint: { top: 0.6, second: 0.4, role: 0.5 } }), /operatingPoint\.second must not be below/], // prettier-ignore
    [
      'a missing motivation',
      (m) => ({ ...m, classes: { ...m.classes, blame: undefined } }),
      /classes\.blame must be an object/,
    ],
    ['a non-numeric weight', (m) => { put(m.classes.risk.weight, 3, 'x'); return m; }, /classes\.risk\.weight\[3\] must be a finite number/], // prettier-ignore
    ['mismatched index and weight', (m) => { m.classes.risk.weight.pop(); return m; }, /same length/], // prettier-ignore
    ['an index beyond the buckets', (m) => { put(m.classes.relief.index, m.classes.relief.index.length - 1, 1e9); return m; }, /ascending integer below/], // prettier-ignore
    ['an invalid regular expression', (m) => { m.patterns[0]!.source = '(unclosed'; return m; }, /patterns\[0\]\.source is not a valid regular expression/], // prettier-ignore
    ['a reveals label that is not an object', (m) => ({ ...m, reveals: [] }), /reveals must be an object/],
    ['a reveals weight that is not a number', (m) => { m.reveals = structuredClone(m.classes.risk); put(m.reveals.weight, 0, null); return m; }, /reveals\.weight\[0\] must be a finite number/], // prettier-ignore
    ['an unknown role', (m) => { put(m.patterns, m.patterns.length, { source: 'x', weight: 1, role: 'king' }); return m; }, /is not a role: "king"/], // prettier-ignore
  ])('rejects %s with a clear error', (_case, mutate, message) => {
    const broken = mutate(valid());
    expect(() => parseDetectorModel(broken)).toThrow(DetectorModelError);
    expect(() => parseDetectorModel(broken)).toThrow(message);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DetectorModelError, parseDetectorModel } from './parse-detector-model';
import { shippedModel } from '../../../scripts/train/shipped-model';
import { encodeClass } from '../../../scripts/train/encode-model';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const fileText = readFileSync(new URL('../../../public/models/detector.json', import.meta.url), 'utf8');
/** A fresh copy of the shipped file's JSON that a test may break. */
const valid = (): Json => JSON.parse(fileText) as Json;
/** One label encoded from plain arrays (weights in steps of 1/100). */
const label = (index: number[], weight: number[]) => encodeClass({ bias: -1, index, weight });
/** Base64 of raw bytes (a hand-made varint string). */
const bytes = (...values: number[]) => Buffer.from(values).toString('base64');

describe('parseDetectorModel', () => {
  it('accepts the shipped model', () => {
    expect(parseDetectorModel(valid()).buckets).toBe(shippedModel.buckets);
  });

  it('decodes gaps and zigzagged steps back to the buckets and weights encoded', () => {
    const index = [0, 1, 127, 128, 20_000, 262_143];
    const weight = [0.57, -0.57, 35.56, -0.01, 1.28, -120];
    const model = { ...valid(), classes: { ...valid().classes, risk: label(index, weight) } };
    expect(parseDetectorModel(model).classes.risk).toEqual({ bias: -1, index, weight });
  });

  it('accepts a model with or without a "reveals a motivation" label', () => {
    const { reveals: _, ...without } = valid();
    expect(parseDetectorModel(without).reveals).toBeUndefined();
    expect(parseDetectorModel({ ...valid(), reveals: label([3], [0.5]) }).reveals).toEqual({
      bias: -1,
      index: [3],
      weight: [0.5],
    });
  });

  it.each<[string, (m: Json) => unknown, RegExp]>([
    ['not an object', () => 'nope', /\(root\) must be an object/],
    ['a wrong format tag', (m) => ({ ...m, format: 'other' }), /format must be/],
    ['the JSON-number format before', (m) => ({ ...m, version: 2 }), /version must be 3/],
    ['a missing role class', (m) => ({ ...m, roles: { ...m.roles, champion: undefined } }), /roles\.champion must be an object/], // prettier-ignore
    ['a missing operating point', (m) => ({ ...m, operatingPoint: undefined }), /operatingPoint must be an object/], // prettier-ignore
    ['a bar outside (0, 1)', (m) => ({ ...m, operatingPoint: { ...m.operatingPoint, top: 1.5 } }), /operatingPoint\.top must be between/], // prettier-ignore
    ['a role bar that is not a number', (m) => ({ ...m, operatingPoint: { ...m.operatingPoint, role: '0.5' } }), /operatingPoint\.role must be a finite number/], // prettier-ignore
    ['a second bar below the top bar', (m) => ({ ...m, operatingPoint: { top: 0.6, second: 0.4, role: 0.5 } }), /operatingPoint\.second must not be below/], // prettier-ignore
    ['a missing motivation', (m) => ({ ...m, classes: { ...m.classes, blame: undefined } }), /classes\.blame must be an object/], // prettier-ignore
    ['a bias that is not a number', (m) => { m.classes.risk.bias = 'x'; return m; }, /classes\.risk\.bias must be a finite number/], // prettier-ignore
    ['a scale that is not finite', (m) => { m.classes.risk.scale = null; return m; }, /classes\.risk\.scale must be a finite number/], // prettier-ignore
    ['a scale of zero', (m) => { m.classes.risk.scale = 0; return m; }, /classes\.risk\.scale must be positive/], // prettier-ignore
    ['a count that is not a whole number', (m) => { m.classes.risk.count = 1.5; return m; }, /classes\.risk\.count must be a whole number/], // prettier-ignore
    ['index bytes that are not base64', (m) => { m.classes.risk.index = '!!not base64!!'; return m; }, /classes\.risk\.index must be a base64 string/], // prettier-ignore
    ['weights that are an array (the old format)', (m) => { m.classes.risk.weight = [0.5]; return m; }, /classes\.risk\.weight must be a base64 string/], // prettier-ignore
    ['fewer weights than the count', (m) => ({ ...m, classes: { ...m.classes, risk: { ...label([1, 2], [1, 2]), weight: bytes(2) } } }), /classes\.risk\.weight holds 1 values, not count 2/], // prettier-ignore
    ['more buckets than the count', (m) => ({ ...m, classes: { ...m.classes, risk: { ...label([1], [1]), index: bytes(2, 1) } } }), /classes\.risk\.index holds 2 values, not count 1/], // prettier-ignore
    ['a truncated varint', (m) => ({ ...m, classes: { ...m.classes, risk: { ...label([1], [1]), weight: bytes(200) } } }), /classes\.risk\.weight ends inside a varint/], // prettier-ignore
    ['an endless varint', (m) => ({ ...m, classes: { ...m.classes, risk: { ...label([1], [1]), weight: bytes(255, 255, 255, 255, 255, 1) } } }), /varint longer than 5 bytes/], // prettier-ignore
    ['a repeated bucket (a gap of 0)', (m) => ({ ...m, classes: { ...m.classes, risk: { ...label([1, 2], [1, 2]), index: bytes(2, 0) } } }), /classes\.risk\.index\[1\] must be ascending and below 1048576/], // prettier-ignore
    ['a bucket beyond the buckets', (m) => ({ ...m, classes: { ...m.classes, relief: label([5, m.buckets], [1, 1]) } }), /classes\.relief\.index\[1\] must be ascending and below/], // prettier-ignore
    ['an invalid regular expression', (m) => { m.patterns[0].source = '(unclosed'; return m; }, /patterns\[0\]\.source is not a valid regular expression/], // prettier-ignore
    ['a reveals label that is not an object', (m) => ({ ...m, reveals: [] }), /reveals must be an object/],
    ['an unknown role', (m) => { m.patterns.push({ source: 'x', weight: 1, role: 'king' }); return m; }, /is not a role: "king"/], // prettier-ignore
  ])('rejects %s with a clear error', (_case, mutate, message) => {
    const broken = mutate(valid());
    expect(() => parseDetectorModel(broken)).toThrow(DetectorModelError);
    expect(() => parseDetectorModel(broken)).toThrow(message);
  });
});

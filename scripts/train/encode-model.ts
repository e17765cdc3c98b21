/**
 * Writes a trained `DetectorModel` in the file format `parseDetectorModel` reads (format 3):
 * each label's weights as two base64 strings of varints, bucket gaps and zigzagged weight
 * steps (the format is described in `parse-detector-model.ts`). About 4 characters a weight
 * instead of 12 as JSON numbers, so a model with three times the weights fits the same file.
 * Lossless: the weights are already rounded to steps of 1/scale (`ship-weights.ts`), and a
 * weight that is not is refused rather than silently moved.
 */
import type { ClassWeights, DetectorModel } from '../../lib/domain/detector/types';
import { WEIGHT_SCALE } from './ship-weights';

function varintBase64(values: readonly number[]): string {
  const bytes: number[] = [];
  for (let n of values) {
    while (n >= 128) {
      bytes.push((n % 128) + 128);
      n = Math.floor(n / 128);
    }
    bytes.push(n);
  }
  return Buffer.from(bytes).toString('base64');
}

export function encodeClass({ bias, index, weight }: ClassWeights, scale = WEIGHT_SCALE) {
  const steps = weight.map((w, i) => {
    const q = Math.round(w * scale);
    if (q / scale !== w) throw new Error(`weight ${i} (${w}) is not a multiple of 1/${scale}`);
    return q < 0 ? -2 * q - 1 : 2 * q;
  });
  return {
    bias,
    scale,
    count: index.length,
    // Gaps from the previous bucket (the first from −1), so every gap is at least 1.
    index: varintBase64(index.map((b, i) => b - (i > 0 ? index[i - 1]! : -1))),
    weight: varintBase64(steps),
  };
}

const mapValues = <K extends string>(r: Record<K, ClassWeights>, scale: number) =>
  Object.fromEntries(Object.entries<ClassWeights>(r).map(([k, c]) => [k, encodeClass(c, scale)]));

/** The JSON text of `public/models/detector.json` (one line, then a newline). */
export function encodeDetectorModel(model: DetectorModel, scale = WEIGHT_SCALE): string {
  const { classes, roles, reveals, ...rest } = model;
  const file = {
    ...rest,
    classes: mapValues(classes, scale),
    roles: mapValues(roles, scale),
    ...(reveals ? { reveals: encodeClass(reveals, scale) } : {}),
  };
  return `${JSON.stringify(file)}\n`;
}

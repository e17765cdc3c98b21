/**
 * `npm run train`: trains the motivation and role detector on every training item (the
 * base corpus plus seeded style copies) and writes `public/models/detector.json`.
 * Deterministic: the same corpus gives a byte-identical model. Calibration, the operating
 * point and the held-out figures printed here come from k-fold cross-validation on training
 * items only; the dev sets are never read. (`scripts/train/experiment.ts` adds the
 * leave-source-out figures the settings were tuned on.)
 */
import { writeFileSync } from 'node:fs';
import { augment } from './train/augment';
import { buildModel, DEFAULT_OPTIONS } from './train/build-model';
import { loadTraining } from './train/corpus';
import { encodeDetectorModel } from './train/encode-model';

const base = loadTraining();
const copies = augment(base, DEFAULT_OPTIONS.seed);
const items = [...base, ...copies];
console.log(`training on ${items.length} items: ${base.length} base + ${copies.length} style copies`);
const { model, quality: q } = buildModel(items);
const f = (x: number) => x.toFixed(3);
console.log(`operating point ${JSON.stringify(model.operatingPoint)}`);
console.log(
  `held-out (${q.revealing} revealing base items, ${q.negatives} negatives): top-1 ${f(q.top1)} · false alarms ${f(q.falseAlarms)} · macro-F1 ${f(q.macroF1)} · ranking top-1 ${f(q.rankingTop1)} · roles P ${f(q.rolePrecision)} R ${f(q.roleRecall)}`,
);
const text = encodeDetectorModel(model);
writeFileSync(new URL('../public/models/detector.json', import.meta.url), text);
const weights = [...Object.values(model.classes), ...Object.values(model.roles)].reduce(
  (n, c) => n + c.index.length,
  0,
);
console.log(`${weights} weights; ${text.length} bytes written`);

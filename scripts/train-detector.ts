/**
 * `npm run train`: trains the motivation and role detector on every training item (the
 * base corpus plus seeded style copies) and writes `public/models/detector.json`.
 * Deterministic: the same corpus gives a byte-identical model. Calibration and the held-out
 * figures printed here come from k-fold cross-validation on training items only; the dev
 * sets are never read.
 */
import { writeFileSync } from 'node:fs';
import { augment } from './train/augment';
import { buildModel, DEFAULT_OPTIONS, LABELS } from './train/build-model';
import { loadTraining } from './train/corpus';

const base = loadTraining();
const copies = augment(base, DEFAULT_OPTIONS.seed);
const items = [...base, ...copies];
console.log(`training on ${items.length} items: ${base.length} base + ${copies.length} style copies`);
const { model, heldOut, motivationShift, roleShift } = buildModel(items);
console.log(`prior shift (logit): motivations ${motivationShift}, roles ${roleShift}`);

// Held-out F1 per label at 0.5, on base items only (copies would flatter it).
const isBase = items.map((i) => !i.id.includes('~'));
LABELS.forEach((label, c) => {
  let tp = 0, fp = 0, fn = 0; // prettier-ignore
  items.forEach((item, i) => {
    if (!isBase[i]) return;
    const truth = (item.motivations as string[]).includes(label) || (item.roles as string[]).includes(label);
    const said = heldOut.probabilities[i]![c]! >= 0.5;
    if (truth && said) tp++;
    else if (said) fp++;
    else if (truth) fn++;
  });
  const { a, b } = heldOut.calibration[c]!;
  const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  console.log(
    `  held-out ${label.padEnd(18)} F1 ${f1.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn}; platt a ${a.toFixed(2)} b ${b.toFixed(2)})`,
  );
});
const json = JSON.stringify(model);
writeFileSync(new URL('../public/models/detector.json', import.meta.url), `${json}\n`);
const weights = [...Object.values(model.classes), ...Object.values(model.roles)].reduce(
  (n, c) => n + c.index.length,
  0,
);
console.log(`${weights} weights; ${(json.length / 1024).toFixed(1)} KB written`);

/**
 * `npm run train`: trains the motivation detector on the corpus's `train` split and writes
 * `public/models/detector.json`. Deterministic (seeded). The default threshold is chosen by
 * 5-fold cross-validation on the train split only; the dev split is never read here.
 */
import { writeFileSync } from 'node:fs';
import { createDetector } from '../lib/domain/detector/create-detector';
import { buildModel } from './train/build-model';
import { loadCorpus, type CorpusItem } from './train/corpus';
import { evaluate } from './train/evaluate';

const FOLDS = 5;
const THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6];
/** The threshold must keep cross-validated precision at or above this. */
const PRECISION_FLOOR = 0.85;

/** Picks the threshold with the best cross-validated macro-F1 whose precision stays high. */
function chooseThreshold(items: CorpusItem[]): number {
  const sums = THRESHOLDS.map(() => ({ f1: 0, precision: 0 }));
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = items.filter((_, i) => i % FOLDS !== fold);
    const held = items.filter((_, i) => i % FOLDS === fold);
    const detector = createDetector(buildModel(train, 0.5));
    THRESHOLDS.forEach((t, k) => {
      const q = evaluate(detector, held, t);
      sums[k]!.f1 += q.macroF1 / FOLDS;
      sums[k]!.precision += q.microPrecision / FOLDS;
    });
  }
  THRESHOLDS.forEach((t, k) =>
    console.log(
      `  cv threshold ${t.toFixed(2)}: macro-F1 ${sums[k]!.f1.toFixed(3)}, precision ${sums[k]!.precision.toFixed(3)}`,
    ),
  );
  let best = THRESHOLDS.length - 1;
  THRESHOLDS.forEach((_, k) => {
    if (sums[k]!.precision >= PRECISION_FLOOR && sums[k]!.f1 > sums[best]!.f1) best = k;
  });
  return THRESHOLDS[best]!;
}

const items = loadCorpus('train');
console.log(`training on ${items.length} train items`);
const threshold = chooseThreshold(items);
const model = buildModel(items, threshold);
const json = JSON.stringify(model);
writeFileSync(new URL('../public/models/detector.json', import.meta.url), `${json}\n`);
const weights = Object.values(model.classes).reduce((n, c) => n + c.index.length, 0);
console.log(`threshold ${threshold}; ${weights} weights; ${(json.length / 1024).toFixed(1)} KB written`);

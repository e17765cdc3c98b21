/**
 * `npx tsx scripts/train/experiment-prune.ts '{"l2":0.001}'` (`BARS=0.5,0.3`): the pruning
 * bar (`BuildOptions.pruneBelow`) measured on held-out material only. The cross-validation
 * and leave-source-out models are trained once and scored as shipped at each bar, each bar
 * with its own operating point; the sales-call candidates are scored by the model trained
 * on everything (as `experiment-calls.ts` does), and that model's weight count and file size
 * are what the bar would ship (`OUT=dir` writes each bar's model file there, to time it).
 * Prints. Never reads a dev set.
 */
import { writeFileSync } from 'node:fs';
import { augment } from './augment';
import { DEFAULT_OPTIONS, heldOutRow, LABELS, shippedModelOf, type BuildOptions } from './build-model';
import { loadCandidates, loadTraining, type CorpusItem } from './corpus';
import { encodeDetectorModel } from './encode-model';
import {
  calibrated,
  crossValidate,
  featurise,
  foldOf,
  isCopy,
  isReal,
  labelRow,
  leaveSourceOut,
  shippedLogits,
  unitRows,
  type HeldOutModel,
} from './held-out';
import { logit, trainOneVsRest } from './logistic-regression';
import { chooseOperatingPoint, measure, type PointQuality, type ScoredRow } from './operating-point';
import { shippedWeights, WEIGHT_SCALE } from './ship-weights';

const o: BuildOptions = { ...DEFAULT_OPTIONS, ...(JSON.parse(process.argv[2] ?? '{}') as object) };
const bars = (process.env.BARS ?? '0.5,0.4,0.3,0.2,0.1').split(',').map(Number);
/** Quantisation steps per unit weight (`SCALE=10` measures steps of 0.1). */
const scale = Number(process.env.SCALE ?? WEIGHT_SCALE);
const started = Date.now();
const base = loadTraining();
const items = [...base, ...augment(base, o.seed)];
const features = featurise(items, o);
const cv = crossValidate(items, features, o);
const lso = leaveSourceOut(items, features, o, cv.calibration);
const full = trainOneVsRest(
  features.bags,
  items.map(labelRow),
  o,
  items.map((item) => (isReal(item) ? o.realWeight : 1) * (isCopy(item) ? o.copyWeight : 1)),
);
const calls = loadCandidates().filter((item) => item.id.startsWith('real-call-'));
const truthOf = (item: CorpusItem) => labelRow(item).map((l) => l === 1);
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const f = (x: number) => x.toFixed(3);
const brief = (q: PointQuality) =>
  `${f(q.top1)} / ${f(q.falseAlarms)} / ${f(q.rankingTop1)} · roles ${f(q.rolePrecision)} / ${f(q.roleRecall)}`;

/** Held-out rows of the items each model scores, as shipped at the bar. */
function rows(models: readonly HeldOutModel[], bar: number) {
  const out = new Map<number, ScoredRow>();
  for (const m of models) {
    const shipped = shippedWeights(m.biases, m.weights, cv.calibration, bar, scale);
    for (const i of m.toScore) {
      if (isCopy(items[i]!)) continue;
      const p = shippedLogits(features, i, shipped).map(sigmoid);
      out.set(i, { ...heldOutRow(p, truthOf(items[i]!), o.gate), fold: foldOf(items[i]!, o.folds) });
    }
  }
  return out;
}

console.log(JSON.stringify(o));
console.log(
  'bar | weights | bytes | point | CV all | CV real | LSO pooled | calls (each top-1 / false alarms / ranking · roles P / R)',
);
for (const bar of bars) {
  const cvRows = rows(cv.models, bar);
  const point = chooseOperatingPoint([...cvRows.values()]);
  const cvReal = [...cvRows].filter(([i]) => isReal(items[i]!)).map(([, r]) => r);
  const lsoRows = [...rows(lso.models, bar).values()];
  const shipped = shippedWeights(full.biases, full.weights, cv.calibration, bar, scale);
  const callRows = calls.map((turn) => {
    const units = unitRows(turn.text, o.buckets);
    const p = LABELS.map((_, c) =>
      sigmoid(Math.max(...units.map((u) => logit(shipped.biases[c]!, shipped.weights[c]!, u)))),
    );
    return heldOutRow(p, truthOf(turn), o.gate);
  });
  const weights = shipped.weights.reduce((n, w) => n + w.filter((x) => x !== 0).length, 0);
  // The file size: the same weights written as the shipped model is.
  const text = encodeDetectorModel(shippedModelOf(shipped, point, o, items.length), scale);
  const bytes = Buffer.byteLength(text);
  if (process.env.OUT) writeFileSync(`${process.env.OUT}/detector-${bar}.json`, text);
  console.log(
    `${bar} | ${weights} | ${bytes} | ${f(point.top)}/${f(point.second)}/${f(point.role)} | ${brief(measure([...cvRows.values()], point))} | ${brief(measure(cvReal, point))} | ${brief(measure(lsoRows, point))} | ${brief(measure(callRows, point))}`,
  );
}
{
  // The float model: trained weights, calibrated, neither rounded nor pruned.
  const row = (i: number, best: number[][]): ScoredRow => ({
    ...heldOutRow(calibrated(best[i]!, cv.calibration), truthOf(items[i]!), o.gate),
    fold: foldOf(items[i]!, o.folds),
  });
  const cvRows = items.flatMap((item, i) => (isCopy(item) ? [] : [[i, row(i, cv.best)] as const]));
  const point = chooseOperatingPoint(cvRows.map(([, r]) => r));
  const cvReal = cvRows.filter(([i]) => isReal(items[i]!)).map(([, r]) => r);
  const lsoRows = [...lso.families.values()].flat().map((i) => row(i, lso.best));
  const callRows = calls.map((turn) => {
    const units = unitRows(turn.text, o.buckets);
    const z = LABELS.map((_, c) =>
      Math.max(...units.map((u) => logit(full.biases[c]!, full.weights[c]!, u))),
    );
    return heldOutRow(calibrated(z, cv.calibration), truthOf(turn), o.gate);
  });
  console.log(
    `float | ${full.weights.reduce((n, w) => n + w.filter((x) => x !== 0).length, 0)} | – | ${f(point.top)}/${f(point.second)}/${f(point.role)} | ${brief(
      measure(
        cvRows.map(([, r]) => r),
        point,
      ),
    )} | ${brief(measure(cvReal, point))} | ${brief(measure(lsoRows, point))} | ${brief(measure(callRows, point))}`,
  );
}
console.log(`${((Date.now() - started) / 1000).toFixed(0)} s`);

/**
 * `npx tsx scripts/train/experiment.ts '{"l2":0.001}'`: measures training options by
 * cross-validation and leave-source-out validation (`held-out.ts`), the only figures the
 * settings in `build-model.ts` were tuned on. Prints; writes nothing. Never reads a dev set.
 */
import { augment } from './augment';
import { DEFAULT_OPTIONS, type BuildOptions } from './build-model';
import { loadTraining } from './corpus';
import {
  calibrated,
  crossValidate,
  featurise,
  foldOf,
  isCopy,
  isReal,
  labelRow,
  leaveSourceOut,
} from './held-out';
import { chooseOperatingPoint, measure, type PointQuality, type ScoredRow } from './operating-point';

const o: BuildOptions = { ...DEFAULT_OPTIONS, ...(JSON.parse(process.argv[2] ?? '{}') as object) };
const started = Date.now();
const base = loadTraining();
const items = [...base, ...augment(base, o.seed)];
const features = featurise(items, o);
const cv = crossValidate(items, features, o);
const row = (i: number, best: number[][]): ScoredRow => ({
  probabilities: calibrated(best[i]!, cv.calibration),
  truth: labelRow(items[i]!).map((l) => l === 1),
  fold: foldOf(items[i]!, o.folds),
});
const baseRows = items.flatMap((item, i) => (isCopy(item) ? [] : [row(i, cv.best)]));
const point = chooseOperatingPoint(baseRows);
const f = (x: number) => x.toFixed(3);
const show = (name: string, q: PointQuality) =>
  console.log(
    `${name.padEnd(24)} top-1 ${f(q.top1)} · FA ${f(q.falseAlarms)} (${q.negatives}) · macro-F1 ${f(q.macroF1)} · ranking ${f(q.rankingTop1)} · roles P ${f(q.rolePrecision)} R ${f(q.roleRecall)} · n ${q.revealing}`,
  );
console.log(JSON.stringify(o));
console.log(`operating point ${JSON.stringify(point)}`);
show('cv all base', measure(baseRows, point));
show(
  'cv real base',
  measure(
    items.flatMap((it, i) => (!isCopy(it) && isReal(it) ? [row(i, cv.best)] : [])),
    point,
  ),
);
if (process.env.LSO !== '0') {
  const lso = leaveSourceOut(items, features, o);
  const all: ScoredRow[] = [];
  for (const [name, indices] of lso.families) {
    const r = indices.map((i) => row(i, lso.best));
    all.push(...r);
    show(`lso ${name}`, measure(r, point));
  }
  show('lso pooled', measure(all, point));
}
console.log(`${((Date.now() - started) / 1000).toFixed(0)} s`);

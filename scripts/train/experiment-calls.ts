/**
 * `npx tsx scripts/train/experiment-calls.ts` (`CALLS=1` to train on them too): the sales-call
 * candidates (`tests/corpus/candidates/sales-calls-*.jsonl`, buyer turns of third-party call
 * transcripts) scored by a model that never saw their repository, at the cross-validated
 * operating point. The stand-in for the independent check's real call turns.
 * - without CALLS: training is the shipped training set; one model scores every call turn;
 * - CALLS=1: the call turns join training as real items; each call repository is scored by a
 *   model trained without its turns (and their style copies), the family rule "a repository
 *   is never split" applied to the call files only.
 * Prints the operating point, CV on all and on real base items, and the held-out call figures
 * with a confusion of first labels. Never reads a dev set; writes nothing.
 */
import { augment } from './augment';
import { DEFAULT_OPTIONS, heldOutProbabilities, heldOutRow, type BuildOptions } from './build-model';
import { shippedWeights } from './ship-weights';
import { loadCandidates, loadTraining, type CorpusItem } from './corpus';
import {
  LABELS,
  calibrated,
  crossValidate,
  featurise,
  foldOf,
  isCopy,
  isReal,
  labelRow,
  sampleWeight,
  unitRows,
} from './held-out';
import { logit, trainOneVsRest } from './logistic-regression';
import { chooseOperatingPoint, measure, type PointQuality, type ScoredRow } from './operating-point';
import type { FeatureRow } from './featurise';
import { MOTIVATIONS } from '../../lib/domain/vocabulary';

const o: BuildOptions = { ...DEFAULT_OPTIONS, ...(JSON.parse(process.argv[2] ?? '{}') as object) };
const withCalls = process.env.CALLS === '1';
const started = Date.now();
const calls = loadCandidates().filter((item) => item.id.startsWith('real-call-'));
const base = [...loadTraining(), ...(withCalls ? calls : [])];
const items = [...base, ...augment(base, o.seed)];
const features = featurise(items, o);
const cv = crossValidate(items, features, o);
const truthOf = (item: CorpusItem) => labelRow(item).map((l) => l === 1);
const baseRows = items.flatMap((item, i): ScoredRow[] =>
  isCopy(item)
    ? []
    : [
        {
          ...heldOutRow(heldOutProbabilities(cv, i, o), truthOf(item), o.gate),
          fold: foldOf(item, o.folds),
        },
      ],
);
const point = chooseOperatingPoint(baseRows);
const f = (x: number) => x.toFixed(3);
const show = (name: string, q: PointQuality) =>
  console.log(
    `${name.padEnd(28)} top-1 ${f(q.top1)} · FA ${f(q.falseAlarms)} (${q.negatives}) · macro-F1 ${f(q.macroF1)} · ranking ${f(q.rankingTop1)} · roles P ${f(q.rolePrecision)} R ${f(q.roleRecall)} · n ${q.revealing}`,
  );
console.log(JSON.stringify({ ...o, calls: withCalls }));
console.log(`operating point ${JSON.stringify(point)}`);
show('cv all base', measure(baseRows, point));
const baseItems = items.filter((item) => !isCopy(item));
show(
  'cv real base',
  measure(
    baseRows.filter((_, k) => isReal(baseItems[k]!)),
    point,
  ),
);

const repoOf = (item: CorpusItem) => item.source!.split('@')[0]!;
const baseIdOf = (item: CorpusItem) => item.id.split('~')[0]!;
const callRepo = new Map(calls.map((item) => [item.id, repoOf(item)]));

/** Trains on the items `keep` allows and scores the given call turns (best unit per label). */
function scoreCalls(keep: (item: CorpusItem) => boolean, turns: readonly CorpusItem[]): ScoredRow[] {
  const inTrain = items.map(keep);
  const pick = <T>(xs: readonly T[]) => xs.filter((_, i) => inTrain[i]);
  const m = trainOneVsRest(
    pick(features.bags),
    pick(items.map(labelRow)),
    { ...o, seed: o.seed + 300 },
    pick(items.map((item) => sampleWeight(item, o))),
  );
  const shipped = shippedWeights(m.biases, m.weights, cv.calibration, o.pruneBelow);
  const best = (units: FeatureRow[], w: { biases: ArrayLike<number>; weights: Float64Array[] }) =>
    LABELS.map((_, c) => Math.max(...units.map((u) => logit(w.biases[c]!, w.weights[c]!, u))));
  const probabilities = (units: FeatureRow[]) =>
    o.pointOn === 'shipped'
      ? best(units, shipped).map((z) => 1 / (1 + Math.exp(-z)))
      : calibrated(best(units, m), cv.calibration);
  return turns.map((turn) =>
    heldOutRow(probabilities(unitRows(turn.text, o.buckets)), truthOf(turn), o.gate),
  );
}

const scored: { turn: CorpusItem; row: ScoredRow }[] = [];
const repos = [...new Set(calls.map(repoOf))].sort();
if (!withCalls) {
  const rows = scoreCalls(() => true, calls);
  calls.forEach((turn, k) => scored.push({ turn, row: rows[k]! }));
} else {
  for (const repo of repos) {
    const turns = calls.filter((item) => repoOf(item) === repo);
    const rows = scoreCalls((item) => callRepo.get(baseIdOf(item)) !== repo, turns);
    turns.forEach((turn, k) => scored.push({ turn, row: rows[k]! }));
  }
}
for (const repo of repos)
  show(
    `calls ${repo}`,
    measure(
      scored.filter((s) => repoOf(s.turn) === repo).map((s) => s.row),
      point,
    ),
  );
show(
  'calls pooled (held out)',
  measure(
    scored.map((s) => s.row),
    point,
  ),
);

// First label → the motivation ranked first when it clears the top bar (else "silent").
const confusion = new Map<string, Map<string, number>>();
for (const { turn, row } of scored) {
  const p = row.probabilities.slice(0, MOTIVATIONS.length);
  const k = p.indexOf(Math.max(...p));
  const confidence = row.reveals === undefined ? p[k]! : Math.sqrt(p[k]! * row.reveals);
  const said = confidence >= point.top ? MOTIVATIONS[k]! : '(silent)';
  const truth = turn.motivations[0] ?? '(none)';
  const cells = confusion.get(truth) ?? new Map<string, number>();
  cells.set(said, (cells.get(said) ?? 0) + 1);
  confusion.set(truth, cells);
}
for (const m of [...MOTIVATIONS, '(none)']) {
  const cells = confusion.get(m);
  if (cells)
    console.log(
      `  ${m.padEnd(12)} → ${[...cells]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
}
console.log(`${((Date.now() - started) / 1000).toFixed(0)} s`);

/**
 * Detector quality on the dev split (never trained or tuned on), at the model's default
 * threshold: per-motivation precision / recall / F1, macro-F1, false-positive rate on
 * negatives, role-cue precision / recall, and recall per text style. Prints; never asserts.
 * Run: npx tsx tests/bench/detector-quality.bench.ts
 */
import { readFileSync } from 'node:fs';
import { createDetector } from '../../lib/domain/detector/create-detector';
import { parseDetectorModel } from '../../lib/domain/detector/parse-detector-model';
import { MOTIVATIONS } from '../../lib/domain/vocabulary';
import { CORPUS_STYLES, loadCorpus } from '../../scripts/train/corpus';
import { evaluate } from '../../scripts/train/evaluate';

const model = parseDetectorModel(JSON.parse(readFileSync('public/models/detector.json', 'utf8')));
const detector = createDetector(model);
const dev = loadCorpus('dev');
const q = evaluate(detector, dev);
const f = (x: number) => x.toFixed(2);

console.log(`dev split: ${dev.length} items, threshold ${model.threshold}`);
console.log('motivation     precision  recall  F1    support');
for (const m of MOTIVATIONS) {
  const s = q.perMotivation[m];
  console.log(
    `${m.padEnd(14)} ${f(s.precision).padStart(9)}  ${f(s.recall).padStart(6)}  ${f(s.f1)}  ${String(s.support).padStart(7)}`,
  );
}
console.log(
  `macro-F1 ${f(q.macroF1)} · micro precision ${f(q.microPrecision)} · micro recall ${f(q.microRecall)}`,
);
console.log(
  `false-positive rate on negatives ${f(q.negativeFalsePositiveRate)} (${dev.filter((i) => i.negative).length} negatives)`,
);
console.log(`role cues: precision ${f(q.roles.precision)} · recall ${f(q.roles.recall)}`);
for (const style of CORPUS_STYLES) {
  const items = dev.filter((i) => i.style === style);
  const sq = evaluate(detector, items);
  console.log(
    `style ${style.padEnd(8)} ${String(items.length).padStart(3)} items: macro-F1 ${f(sq.macroF1)}, precision ${f(sq.microPrecision)}, recall ${f(sq.microRecall)}`,
  );
}

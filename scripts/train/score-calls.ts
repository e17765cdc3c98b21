/**
 * `npx tsx scripts/train/score-calls.ts`: the shipped model (`public/models/detector.json`) on
 * the sales-call candidates (`tests/corpus/candidates/sales-calls-*.jsonl`), which training
 * never reads: the closest stand-in for the independent check's real call turns. Prints
 * top-1, false alarms, ranking top-1 and, per labelled motivation, what the model put first.
 * Never reads a dev set; writes nothing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createDetector } from '../../lib/domain/detector/create-detector';
import { parseDetectorModel } from '../../lib/domain/detector/parse-detector-model';
import { MOTIVATIONS } from '../../lib/domain/vocabulary';
import { parseCorpus } from './corpus';
import { evaluate } from './evaluate';

const folder = 'tests/corpus/candidates';
const items = readdirSync(folder)
  .filter((f) => /^sales-calls-.*\.jsonl$/.test(f))
  .flatMap((f) => parseCorpus(readFileSync(`${folder}/${f}`, 'utf8'), f));
const model = parseDetectorModel(JSON.parse(readFileSync('public/models/detector.json', 'utf8')));
const detector = createDetector(model);
const f = (x: number) => x.toFixed(3);

const q = evaluate(detector, items);
const ranking = evaluate(detector, items, 0.001).top1;
console.log(
  `${items.length} turns, ${q.revealing} revealing, operating point ${JSON.stringify(model.operatingPoint)}`,
);
console.log(
  `top-1 ${f(q.top1)} · FA ${f(q.negativeFalsePositiveRate)} · macro-F1 ${f(q.macroF1)} · ranking ${f(ranking)} · roles P ${f(q.roles.precision)} R ${f(q.roles.recall)}`,
);
// Confusion: for each turn's first label, what was reported first (or nothing).
const confusion = new Map<string, Map<string, number>>();
for (const item of items) {
  const truth = item.motivations[0] ?? '(none)';
  const top = [...detector.detect(item.text, { side: 'buyer' }).motivations].sort(
    (a, b) => b.confidence - a.confidence,
  )[0];
  const row = confusion.get(truth) ?? new Map<string, number>();
  row.set(top?.motivation ?? '(silent)', (row.get(top?.motivation ?? '(silent)') ?? 0) + 1);
  confusion.set(truth, row);
}
for (const m of [...MOTIVATIONS, '(none)']) {
  const row = confusion.get(m);
  if (!row) continue;
  const cells = [...row].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`);
  console.log(`  ${m.padEnd(12)} → ${cells.join(', ')}`);
}

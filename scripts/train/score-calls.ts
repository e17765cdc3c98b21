/**
 * `npx tsx scripts/train/score-calls.ts`: the shipped model (`public/models/detector.json`) on
 * the sales-call candidates (`tests/corpus/candidates/sales-calls-*.jsonl`), which training
 * never reads: the closest stand-in for the independent check's real call turns. Prints
 * top-1, false alarms, ranking top-1 per file and pooled and, per labelled motivation, what
 * the model put first (pooled). `MODEL=path` scores another model file.
 * Never reads a dev set; writes nothing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createDetector } from '../../lib/domain/detector/create-detector';
import { parseDetectorModel } from '../../lib/domain/detector/parse-detector-model';
import { MOTIVATIONS } from '../../lib/domain/vocabulary';
import { parseCorpus } from './corpus';
import { evaluate } from './evaluate';

const folder = 'tests/corpus/candidates';
const files = readdirSync(folder).filter((f) => /^sales-calls-.*\.jsonl$/.test(f));
const byFile = files.map((f) => ({ file: f, items: parseCorpus(readFileSync(`${folder}/${f}`, 'utf8'), f) }));
const items = byFile.flatMap((b) => b.items);
const modelPath = process.env.MODEL ?? 'public/models/detector.json';
const model = parseDetectorModel(JSON.parse(readFileSync(modelPath, 'utf8')));
const detector = createDetector(model);
const f = (x: number) => x.toFixed(3);

console.log(`${modelPath}: operating point ${JSON.stringify(model.operatingPoint)}`);
// Each set apart (they were gathered by different sessions from different repositories), then pooled.
for (const { file, items: set } of [...byFile, { file: 'pooled', items }]) {
  const q = evaluate(detector, set);
  const ranking = evaluate(detector, set, 0.001).top1;
  console.log(
    `${file}: ${set.length} turns, ${q.revealing} revealing · top-1 ${f(q.top1)} · FA ${f(q.negativeFalsePositiveRate)} · macro-F1 ${f(q.macroF1)} · ranking ${f(ranking)} · roles P ${f(q.roles.precision)} R ${f(q.roles.recall)}`,
  );
}
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

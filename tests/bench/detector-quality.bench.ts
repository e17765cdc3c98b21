/**
 * Detector quality on the dev sets (never trained or tuned on) at the model's operating point:
 * `dev-independent` (written by another writer, other industries), `dev-real` (third-party
 * buyer text) and the older own-voice `dev`, then the sample sales-call turns held back in
 * `tests/corpus/candidates/`. Per set: macro-F1, top-1 (silence is a miss),
 * false-alarm rate on lines that reveal nothing, role cues; then per motivation, per style
 * and per channel. Prints; never asserts. Run: npx tsx tests/bench/detector-quality.bench.ts
 */
import { readFileSync } from 'node:fs';
import { createDetector } from '../../lib/domain/detector/create-detector';
import { parseDetectorModel } from '../../lib/domain/detector/parse-detector-model';
import { MOTIVATIONS } from '../../lib/domain/vocabulary';
import {
  CORPUS_CHANNELS,
  CORPUS_STYLES,
  DEV_SETS,
  channelOf,
  loadDev,
  loadSampleCallTurns,
  type CorpusItem,
} from '../../scripts/train/corpus';
import { evaluate } from '../../scripts/train/evaluate';

const model = parseDetectorModel(JSON.parse(readFileSync('public/models/detector.json', 'utf8')));
const detector = createDetector(model);
const f = (x: number) => x.toFixed(2);

function line(label: string, items: readonly CorpusItem[]) {
  if (items.length === 0) return;
  const q = evaluate(detector, items);
  const silent = items.filter((i) => i.motivations.length === 0).length;
  console.log(
    `  ${label.padEnd(22)} ${String(items.length).padStart(4)} items: macro-F1 ${f(q.macroF1)} · top-1 ${f(q.top1)} (${q.revealing}) · false alarms ${f(q.negativeFalsePositiveRate)} (${silent}) · precision ${f(q.microPrecision)} · recall ${f(q.microRecall)}`,
  );
}

// The sample sales-call turns (candidates/, never trained on) stand in for real call turns.
const sets: { name: string; items: CorpusItem[] }[] = [
  ...DEV_SETS.map((name) => ({ name, items: loadDev(name) })),
  { name: 'sample sales-call turns', items: loadSampleCallTurns() },
];
for (const { name, items } of sets) {
  if (items.length === 0) {
    console.log(`\n${name}: not in this tree`);
    continue;
  }
  const q = evaluate(detector, items);
  console.log(`\n${name}: ${items.length} items, operating point ${JSON.stringify(model.operatingPoint)}`);
  line('all', items);
  // The strongest motivation even below the threshold: how often the ranking is right.
  console.log(`  top-1 of the ranking, ignoring the threshold: ${f(evaluate(detector, items, 0.001).top1)}`);
  console.log(`  role cues: precision ${f(q.roles.precision)} · recall ${f(q.roles.recall)}`);
  console.log('  motivation     precision  recall  F1    support');
  for (const m of MOTIVATIONS) {
    const s = q.perMotivation[m];
    console.log(
      `  ${m.padEnd(14)} ${f(s.precision).padStart(9)}  ${f(s.recall).padStart(6)}  ${f(s.f1)}  ${String(s.support).padStart(7)}`,
    );
  }
  for (const style of CORPUS_STYLES)
    line(
      `style ${style}`,
      items.filter((i) => i.style === style),
    );
  for (const channel of CORPUS_CHANNELS)
    line(
      `channel ${channel}`,
      items.filter((i) => channelOf(i) === channel),
    );
}

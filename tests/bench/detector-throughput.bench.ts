/**
 * Live-caption throughput: a generated one-hour and two-hour call pushed line by line
 * through the stream API. Linear cost means the 2h/1h time ratio stays near 2.0.
 * Prints; never asserts. Run: npx tsx tests/bench/detector-throughput.bench.ts
 * (`DETECTOR_MODEL=path.json` measures another model file, e.g. to alternate before/after).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createDetector } from '../../lib/domain/detector/create-detector';
import { parseDetectorModel } from '../../lib/domain/detector/parse-detector-model';
import type { StreamLine } from '../../lib/domain/detector/types';
import { seededRandom } from '../../scripts/train/logistic-regression';

/** About 12 caption lines a minute per the platforms' pacing (≈ 150 words a minute). */
const LINES_PER_HOUR = 60 * 12;
const BUYER = [
  'um so honestly we are drowning in manual updates every week',
  'the auditors are going to want to see who can access that',
  'i will need to run it past our cfo before anything happens',
  'each site kind of does it their own way you know',
  'yeah that makes sense can you go back a slide',
  'we want to open three more locations next year',
  'i just dont want another tool the team has to learn',
  'if it goes wrong it is my neck on the line',
  'right right okay and what does that cost per seat',
];
const SELLER = [
  'so what we usually see is',
  'great question let me show you',
  'does that match what you are seeing',
];

function transcript(hours: number): StreamLine[] {
  const random = seededRandom(42);
  return Array.from({ length: Math.round(hours * LINES_PER_HOUR) }, (_, i) => {
    const buyer = random() < 0.6;
    const bank = buyer ? BUYER : SELLER;
    return {
      id: String(i),
      speaker: buyer ? 'Dana' : 'Rep',
      side: buyer ? 'buyer' : 'seller',
      text: bank[Math.floor(random() * bank.length)]!,
    };
  });
}

const modelText = readFileSync(process.env.DETECTOR_MODEL ?? 'public/models/detector.json', 'utf8');
/** Reading the file's text into a detector: what the background pays once per start. */
function loadMs(): number {
  const start = performance.now();
  createDetector(parseDetectorModel(JSON.parse(modelText)));
  return performance.now() - start;
}
const model = parseDetectorModel(JSON.parse(modelText));
/** What the built detector keeps in typed arrays (its weight tables): resident in the background. */
const tablesBefore = process.memoryUsage().arrayBuffers;
const detector = createDetector(model);
const tableBytes = process.memoryUsage().arrayBuffers - tablesBefore;

function runMs(lines: StreamLine[]): number {
  const stream = detector.createStream();
  const start = performance.now();
  for (const line of lines) stream.push(line);
  return performance.now() - start;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const RUNS = 21;
const one = transcript(1);
const two = transcript(2);
// Warm up the JIT on the full workload, then interleave the two sizes so that load from
// other processes on a shared machine hits both alike.
for (let i = 0; i < 5; i++) runMs(two);
const times1: number[] = [];
const times2: number[] = [];
for (let i = 0; i < RUNS; i++) {
  times1.push(runMs(one));
  times2.push(runMs(two));
}
const t1 = median(times1);
const loads = Array.from({ length: 9 }, loadMs);
console.log(
  `load ${loadavg()[0]!.toFixed(1)} · model ${modelText.length} bytes parsed and built in ${median(loads).toFixed(1)} ms (median of 9; first ${loads[0]!.toFixed(1)} ms); weight tables ${(tableBytes / 1e6).toFixed(2)} MB`,
);
const t2 = median(times2);
const perLine = (t: number, n: number) => ((t / n) * 1000).toFixed(1);
console.log(
  `1h: ${one.length} lines in ${t1.toFixed(1)} ms (median of ${RUNS}) · ${Math.round(one.length / (t1 / 1000))} lines/s · ${perLine(t1, one.length)} µs/line`,
);
console.log(
  `2h: ${two.length} lines in ${t2.toFixed(1)} ms (median of ${RUNS}) · ${Math.round(two.length / (t2 / 1000))} lines/s · ${perLine(t2, two.length)} µs/line`,
);
console.log(`ratio 2h/1h: ${(t2 / t1).toFixed(2)} (linear ≈ 2.0)`);

/**
 * `createDetector(model)`: reads motivations and stakeholder role cues from buyer text.
 *
 * Steps per text: (1) keep the author's own words (no quoted replies or signatures);
 * (2) split into sentences and normalise them (fillers, stutters, negation); (3) score the
 * whole turn (or turn-sized windows of a long email) and each of its sentences on its own,
 * with the model's calibrated weights: a signal spread over two sentences is read from the
 * turn, and one sentence about another topic does not drown a clear one;
 * (4) report each motivation and role at most once per text, from its best window, at the
 * model's operating point (the strongest motivation from a lower bar; `operating-point.ts`),
 * quoting the sentence that carries it: a phrase pattern marks the sentence when one matches, else
 * the sentence the model scores highest. Patterns never decide. When the model ships a
 * "reveals a motivation" label, the strongest motivation is gated by it (`gatedMotivations`).
 * Role cues are read without the seller's own people ("your security team":
 * seller-side-phrases.ts). Seller lines return nothing.
 * Pure: no I/O, no clock.
 */
import { MOTIVATIONS, ROLES, type MotivationId, type Role } from '../vocabulary';
import { featureValue, hashedFeatures } from './feature-hash';
import { gatedMotivations, reportedMotivations, reportedRoles } from './operating-point';
import { compilePattern, patternText, plainText } from './pattern-regex';
import { forRoleCues } from './seller-side-phrases';
import { ownSentences, scoredUnits, type ScoredSentence, type TurnWindow } from './turn-windows';
import type { ClassWeights, DetectOptions, Detection, Detector, DetectorModel } from './types';

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * All labels' weights, packed: `keys` holds, ascending, the buckets any label weighs, and
 * `rows` one weight per label for each of them (row k belongs to keys[k]). A weighted bucket
 * is found by binary search rather than through a table of every bucket: the table would cost
 * 4 bytes for each of the model's `buckets` in every scorer, mostly for buckets nothing weighs.
 */
interface Scorer<L extends string> {
  labels: readonly L[];
  biases: number[];
  keys: Int32Array;
  rows: Float32Array;
}

function scorer<L extends string>(labels: readonly L[], weights: Record<L, ClassWeights>): Scorer<L> {
  const keys = uniqueSorted(labels.map((l) => weights[l].index));
  const rows = new Float32Array(keys.length * labels.length);
  labels.forEach((l, c) => {
    const { index, weight } = weights[l];
    // A label's index is ascending (the model stores it as gaps): walk `keys` once.
    let row = 0;
    index.forEach((bucket, i) => {
      while (keys[row]! < bucket) row++;
      rows[row * labels.length + c] = weight[i]!;
    });
  });
  return { labels, biases: labels.map((l) => weights[l].bias), keys, rows };
}

/** Every bucket of the lists once, ascending. */
function uniqueSorted(lists: readonly (readonly number[])[]): Int32Array {
  const all = new Int32Array(lists.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const list of lists) for (const bucket of list) all[at++] = bucket;
  all.sort();
  let kept = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[kept++] = all[i]!;
  return all.slice(0, kept);
}

/** The row of `bucket` in `keys` at or after `from`, or −1 − (where it would go). */
function rowOf(keys: Int32Array, bucket: number, from: number): number {
  let lo = from;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const key = keys[mid]!;
    if (key < bucket) lo = mid + 1;
    else if (key > bucket) hi = mid - 1;
    else return mid;
  }
  return -1 - lo;
}

/** Calibrated logits of every label for one bag of features. */
function logits<L extends string>(s: Scorer<L>, names: Iterable<string>, buckets: number): number[] {
  const active = hashedFeatures(names, buckets);
  const value = featureValue(active.length);
  const n = s.labels.length;
  const z = s.biases.slice();
  const sums = new Float64Array(n);
  // `active` is ascending: each search starts where the last one ended.
  let from = 0;
  for (const bucket of active) {
    const row = rowOf(s.keys, bucket, from);
    from = row < 0 ? -1 - row : row + 1;
    if (row < 0) continue;
    for (let c = 0; c < n; c++) sums[c] = sums[c]! + s.rows[row * n + c]!;
  }
  for (let c = 0; c < n; c++) z[c] = z[c]! + sums[c]! * value;
  return z;
}

/** Builds a detector over a validated model (see `parseDetectorModel`). */
export function createDetector(model: DetectorModel): Detector {
  const { buckets } = model;
  const motivations = scorer(MOTIVATIONS, model.classes);
  const roles = scorer(ROLES, model.roles);
  const reveals = model.reveals && scorer(['reveals'] as const, { reveals: model.reveals });
  const rules = model.patterns.map((p) => ({ ...p, regex: compilePattern(p.source) }));

  /** The strongest highlight pattern for a label in a sentence, if any. */
  function highlight(sentence: ScoredSentence, label: { motivation?: MotivationId; role?: Role }) {
    const words = patternText(sentence.tokens);
    let best: (typeof rules)[number] | undefined;
    for (const rule of rules) {
      if (label.motivation ? rule.motivation !== label.motivation : rule.role !== label.role) continue;
      if (best && best.weight >= rule.weight) continue;
      if (rule.regex.test(rule.anyPolarity ? plainText(words) : words)) best = rule;
    }
    return best;
  }

  /** The best-scoring window per label, then the sentence to quote inside it. */
  function detectLabels<L extends string>(
    s: Scorer<L>,
    windows: TurnWindow[],
    threshold: number,
    report: (label: L, confidence: number, sentence: ScoredSentence, window: ScoredSentence[]) => void,
  ) {
    const scores = windows.map((w) => logits(s, w.names, buckets).map(sigmoid));
    s.labels.forEach((label, c) => {
      let best = -1;
      scores.forEach((p, k) => {
        if (p[c]! >= threshold && (best < 0 || p[c]! > scores[best]![c]!)) best = k;
      });
      if (best < 0) return;
      const inWindow = windows[best]!.sentences;
      const quoted =
        inWindow.length === 1
          ? inWindow[0]!
          : inWindow
              .map((sentence) => ({ sentence, z: logits(s, sentence.names, buckets)[c]! }))
              .reduce((a, b) => (b.z > a.z ? b : a)).sentence;
      report(label, round3(scores[best]![c]!), quoted, inWindow);
    });
  }

  function detect(text: string, options: DetectOptions = {}): Detection {
    const out: Detection = { motivations: [], roles: [] };
    if (options.side === 'seller') return out;
    const point = model.operatingPoint;
    // Candidates are gathered from the lowest bar; the operating point then picks.
    const threshold = options.threshold ?? Math.min(point.top, point.role);
    const sentences = ownSentences(text);
    if (sentences.length === 0) return out;
    // The gate can lift the strongest motivation up to the square root of its confidence:
    // gather motivations from the square of the bar so none that could clear it is missed.
    const motivationThreshold = reveals ? threshold * threshold : threshold;
    const windows = scoredUnits(sentences);
    const marked = (
      label: { motivation?: MotivationId; role?: Role },
      fallback: ScoredSentence,
      window: ScoredSentence[],
    ) => window.find((sentence) => highlight(sentence, label)) ?? fallback;
    detectLabels(motivations, windows, motivationThreshold, (motivation, confidence, fallback, window) => {
      const sentence = marked({ motivation }, fallback, window);
      const rule = highlight(sentence, { motivation });
      const { start, end } = sentence.span;
      out.motivations.push({
        motivation,
        confidence,
        span: { start, end },
        quote: text.slice(start, end),
        ...(rule?.signalId ? { signalId: rule.signalId } : {}),
      });
    });
    const roleSentences = forRoleCues(sentences);
    const roleWindows = roleSentences.every((s, i) => s === sentences[i])
      ? windows
      : scoredUnits(roleSentences);
    detectLabels(roles, roleWindows, threshold, (role, confidence, fallback, window) => {
      const { start, end } = marked({ role }, fallback, window).span;
      out.roles.push({ role, confidence, span: { start, end }, quote: text.slice(start, end) });
    });
    if (reveals && out.motivations.length > 0) {
      const best = Math.max(...windows.map((w) => sigmoid(logits(reveals, w.names, buckets)[0]!)));
      out.motivations = gatedMotivations(out.motivations, best).map((d) => ({
        ...d,
        confidence: round3(d.confidence),
      }));
    }
    return {
      motivations: reportedMotivations(out.motivations, point, options.threshold),
      roles: reportedRoles(out.roles, point, options.threshold),
    };
  }

  return {
    threshold: Math.min(model.operatingPoint.top, model.operatingPoint.role),
    operatingPoint: model.operatingPoint,
    detect,
    createStream() {
      let linesSeen = 0;
      return {
        get linesSeen() {
          return linesSeen;
        },
        push(line) {
          linesSeen++;
          return detect(line.text, { side: line.side });
        },
      };
    },
  };
}

/**
 * `createDetector(model)`: reads motivations and stakeholder role cues from buyer text.
 *
 * Steps per text: (1) keep the author's own words (no quoted replies or signatures);
 * (2) split into sentences; (3) normalise each sentence (fillers, stutters, negation);
 * (4) score every motivation with the model's hashed-feature weights plus matching phrase
 * patterns; (5) report sentences whose probability clears the threshold, with the sentence
 * as a verbatim quote. Seller lines return nothing. Pure: no I/O, no clock.
 */
import { MOTIVATIONS, type MotivationId } from '../vocabulary';
import { ownWordRegions, sentenceSpans } from './buyer-text-regions';
import { featureNames, hashedFeatures, patternFeature } from './feature-hash';
import { normaliseTokens } from './normalise-tokens';
import { compilePattern, patternText, plainText } from './pattern-regex';
import type {
  DetectOptions,
  Detection,
  Detector,
  DetectorModel,
  MotivationDetection,
  RoleCueDetection,
  TextSpan,
} from './types';

interface CompiledRule {
  regex: RegExp;
  weight: number;
  motivation?: MotivationId;
  role?: DetectorModel['patterns'][number]['role'];
  signalId?: string;
  anyPolarity?: boolean;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Builds a detector over a validated model (see `parseDetectorModel`). */
export function createDetector(model: DetectorModel): Detector {
  // Dense per-class weight tables make scoring a plain array lookup.
  const tables = MOTIVATIONS.map((id) => {
    const table = new Float32Array(model.buckets);
    const { index, weight } = model.classes[id];
    index.forEach((bucket, i) => (table[bucket] = weight[i]!));
    return table;
  });
  // A negated word carries a "!" prefix, so a pattern never matches inside a negation.
  const rules: CompiledRule[] = model.patterns.map((p) => ({
    ...p,
    regex: compilePattern(p.source),
  }));

  function detectSentence(text: string, span: TextSpan, threshold: number, out: Detection) {
    const tokens = normaliseTokens(text, span.start, span.end);
    if (tokens.length === 0) return;
    const words = patternText(tokens);
    const plain = plainText(words);
    const logits = MOTIVATIONS.map((id) => model.classes[id].bias);
    const signals = new Map<MotivationId, { id: string; weight: number }>();
    const names = featureNames(tokens);
    const quote = text.slice(span.start, span.end);
    for (const rule of rules) {
      if (!rule.regex.test(rule.anyPolarity ? plain : words)) continue;
      if (rule.role) {
        out.roles.push({ role: rule.role, confidence: rule.weight, span: { ...span }, quote });
      } else if (rule.motivation) {
        logits[MOTIVATIONS.indexOf(rule.motivation)]! += rule.weight;
        if (rule.signalId) names.push(patternFeature(rule.signalId));
        const best = signals.get(rule.motivation);
        if (rule.signalId && (!best || best.weight < rule.weight))
          signals.set(rule.motivation, { id: rule.signalId, weight: rule.weight });
      }
    }
    for (const bucket of hashedFeatures(names, model.buckets)) {
      for (let c = 0; c < tables.length; c++) logits[c]! += tables[c]![bucket]!;
    }
    MOTIVATIONS.forEach((motivation, c) => {
      const confidence = sigmoid(logits[c]!);
      if (confidence < threshold) return;
      const found: MotivationDetection = {
        motivation,
        confidence: round3(confidence),
        span: { ...span },
        quote,
      };
      const signal = signals.get(motivation);
      if (signal) found.signalId = signal.id;
      out.motivations.push(found);
    });
  }

  function detect(text: string, options: DetectOptions = {}): Detection {
    const out: Detection = { motivations: [], roles: [] };
    if (options.side === 'seller') return out;
    const threshold = options.threshold ?? model.threshold;
    for (const span of sentenceSpans(text, ownWordRegions(text))) {
      detectSentence(text, span, threshold, out);
    }
    out.roles = strongestRolePerSentence(out.roles).filter((cue) => cue.confidence >= threshold);
    return out;
  }

  return {
    threshold: model.threshold,
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

/** Several patterns may name the same role in one sentence: keep the most confident. */
function strongestRolePerSentence(roles: RoleCueDetection[]): RoleCueDetection[] {
  const best = new Map<string, RoleCueDetection>();
  for (const cue of roles) {
    const key = `${cue.role}@${cue.span.start}`;
    const current = best.get(key);
    if (!current || current.confidence < cue.confidence) best.set(key, cue);
  }
  return [...best.values()];
}

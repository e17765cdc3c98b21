/**
 * The contract of `detectSignals` (implementation in this folder). Pure: text in, detections
 * out; no I/O. Model weights are passed in as data (see `DetectorModel`).
 */
import type { MotivationId, Role } from '../vocabulary';
import type { OperatingPoint } from './operating-point';

export type { OperatingPoint };

export interface TextSpan {
  /** Character offsets into the analysed text, [start, end). */
  start: number;
  end: number;
}

export interface MotivationDetection {
  motivation: MotivationId;
  /** 0–1; detections below the threshold are not returned. */
  confidence: number;
  /** Catalogue signal id when a known signal pattern matched the quoted sentence. */
  signalId?: string;
  /** The sentence that carries the signal best (the whole turn is what was scored). */
  span: TextSpan;
  /** The buyer's words for that span (verbatim slice of the input). */
  quote: string;
}

export interface RoleCueDetection {
  role: Role;
  confidence: number;
  span: TextSpan;
  quote: string;
}

export interface Detection {
  motivations: MotivationDetection[];
  roles: RoleCueDetection[];
}

export type SpeakerSide = 'buyer' | 'seller' | 'unknown';

export interface DetectOptions {
  /** Seller lines are never buyer evidence: detection returns nothing for them. */
  side?: SpeakerSide;
  /**
   * One minimum confidence for every report (hints, sweeps). By default the model's
   * operating point applies: the strongest motivation from a lower bar than the others.
   */
  threshold?: number;
}

/** One line of a live caption stream or transcript. */
export interface StreamLine {
  id: string;
  speaker: string;
  text: string;
  side: SpeakerSide;
}

/**
 * A phrase pattern shipped in the model file, used only to pick and label the quoted
 * sentence (never to decide whether a motivation is reported). `source` is a regular
 * expression over the normalised text (lower case, single spaces, fillers removed, negated
 * words prefixed with "!"), so one pattern covers clean, caption and email styles alike.
 */
export interface PatternRule {
  source: string;
  /** Ranks patterns when several match: the strongest names the signal. */
  weight: number;
  motivation?: MotivationId;
  role?: Role;
  /** Catalogue signal id reported with the detection when this pattern matched. */
  signalId?: string;
  /** Match whether or not the words are negated ("not my neck on the line"). */
  anyPolarity?: boolean;
}

/** One class's calibrated logistic-regression weights over hashed features (sparse). */
export interface ClassWeights {
  bias: number;
  /** Hash buckets with a non-zero weight, ascending. */
  index: number[];
  /** Weights aligned with `index`. */
  weight: number[];
}

/**
 * The trained detector, shipped as data in `public/models/detector.json`. Weights are
 * calibrated on held-out folds, so a probability of 0.5 means "more likely than not".
 * This is the decoded form; the file packs each label's weights as base64 varints
 * (format 3, described in `parse-detector-model.ts`).
 */
export interface DetectorModel {
  format: 'motive-detector';
  version: 3;
  /** Number of hash buckets; feature hashes are taken modulo this. */
  buckets: number;
  /** The reporting bars, chosen on held-out training folds (see `OperatingPoint`). */
  operatingPoint: OperatingPoint;
  classes: Record<MotivationId, ClassWeights>;
  /** Stakeholder role cues, learned the same way. */
  roles: Record<Role, ClassWeights>;
  /**
   * Optional "reveals any motivation" label, learned and calibrated like the others. When
   * present it gates the strongest motivation with it (`gatedMotivations`).
   */
  reveals?: ClassWeights;
  patterns: PatternRule[];
  /** Provenance: seed, corpus size, training options. Informational only. */
  meta?: Record<string, string | number>;
}

/** Incremental detection over a live caption stream: each push costs only its own line. */
export interface StreamDetector {
  /** Detections for this line only (empty for seller lines). */
  push(line: StreamLine): Detection;
  /** Lines seen so far (for progress displays). */
  readonly linesSeen: number;
}

/** What `createDetector(model)` returns. */
export interface Detector {
  detect(text: string, options?: DetectOptions): Detection;
  createStream(): StreamDetector;
  /** The lowest confidence any default report can have (the operating point's lowest bar). */
  readonly threshold: number;
  /** The bars the detector reports at by default. */
  readonly operatingPoint: OperatingPoint;
}

/**
 * The contract of `detectSignals` (implementation in this folder). Pure: text in, detections
 * out; no I/O. Model weights are passed in as data (see `DetectorModel`).
 */
import type { MotivationId, Role } from '../vocabulary';

export interface TextSpan {
  /** Character offsets into the analysed text, [start, end). */
  start: number;
  end: number;
}

export interface MotivationDetection {
  motivation: MotivationId;
  /** 0–1; detections below the threshold are not returned. */
  confidence: number;
  /** Catalogue signal id when a known signal pattern matched. */
  signalId?: string;
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
  /** Minimum confidence to report (default: the detector's tuned threshold). */
  threshold?: number;
}

/** One line of a live caption stream or transcript. */
export interface StreamLine {
  id: string;
  speaker: string;
  text: string;
  side: SpeakerSide;
}

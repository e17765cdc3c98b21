/** The shapes diagnosis scoring produces: every score carries the evidence behind it. */
import type { MotivationProfile } from '../motivations/types';
import type { EvidenceSource, EvidenceStatus, MotivationId } from '../vocabulary';

/** The catalogue as exported by `motivations/catalogue.ts` (MOTIVATION_CATALOGUE). */
export type MotivationCatalogue = Readonly<Record<MotivationId, MotivationProfile>>;

/** One reason a motivation scored what it did. */
export interface Contribution {
  kind: 'evidence' | 'ticked-signal' | 'stated';
  evidenceId?: string;
  signalId?: string;
  personId?: string;
  source: EvidenceSource | 'stated';
  status?: EvidenceStatus;
  /** What to show: the buyer's quote, the signal's label, or "set by the rep". */
  label: string;
  at?: string;
  /** This item's own strength, 0–1: weight × source × status × recency × repeat damping. */
  strength: number;
  /** The part of the final score attributed to this item (shares add up to the score). */
  share: number;
  factors: { weight: number; source: number; status: number; recency: number; repeat: number };
}

export interface MotivationScore {
  motivation: MotivationId;
  score: number;
  /** Strongest first. */
  contributions: Contribution[];
}

export interface DiagnosisResult {
  scores: Record<MotivationId, number>;
  /** Every motivation, highest score first (ties in catalogue order). */
  ranked: MotivationScore[];
  /** Evidence records that contributed (rejected evidence is not listed). */
  evidenceIds: string[];
  /** Ticked signal ids the catalogue does not know (e.g. retired): ignored, reported. */
  unknownSignals: string[];
}

/** The shapes diagnosis scoring produces: every score carries the evidence behind it. */
import type { MotivationProfile } from '../motivations/types';
import type { EvidenceSide, EvidenceSource, EvidenceStatus, MotivationId } from '../vocabulary';

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
  /** Evidence only: whose words (a rep note is the rep's observation, never the customer's). */
  side?: EvidenceSide;
  /** What to show: the buyer's quote, the signal's label, or "set by the rep". */
  label: string;
  at?: string;
  /** This item's own strength, 0–1: weight × source × status × recency × repeat damping. */
  strength: number;
  /** The part of the final score attributed to this item (shares add up to the score). */
  share: number;
  factors: {
    weight: number;
    source: number;
    status: number;
    recency: number;
    repeat: number;
    /** SIDE_FACTOR of the evidence's side; 1 for ticked signals and stated motivations. */
    side: number;
  };
}

export interface MotivationScore {
  motivation: MotivationId;
  /** Everything counted: confirmed evidence, and suggestions at STATUS_FACTOR.suggested. */
  score: number;
  /**
   * The part that stands on confirmed ground only (confirmed evidence, ticked signals, stated
   * motivations): suggestions never count here. `score − confirmed` is what suggestions add,
   * drawn as a hollow segment so unconfirmed quotes are never silently counted as confirmed.
   */
  confirmed: number;
  /** Strongest first. */
  contributions: Contribution[];
}

export interface DiagnosisResult {
  scores: Record<MotivationId, number>;
  /** `MotivationScore.confirmed` per motivation. */
  confirmedScores: Record<MotivationId, number>;
  /** Every motivation, highest score first (ties in catalogue order). */
  ranked: MotivationScore[];
  /** Evidence records that contributed (rejected evidence is not listed). */
  evidenceIds: string[];
  /** Ticked signal ids the catalogue does not know (e.g. retired): ignored, reported. */
  unknownSignals: string[];
}

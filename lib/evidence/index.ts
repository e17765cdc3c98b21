/**
 * Detection → suggested evidence, for captions, email, notes and answers alike (architecture.md
 * "One evidence builder"): deterministic ids, one row builder, flood coalescing for captions,
 * the re-read plan for the rep's text, and batched writes.
 */
export { evidenceId, stableHash } from './evidence-id';
export { fitEvidenceText } from './suggested-evidence';
export {
  suggestedEvidence,
  EVIDENCE_TEXT_LIMITS,
  type DetectionOrigin,
  type NewEvidence,
  type AccountlessEvidence,
} from './suggested-evidence';
export { coalesceCaptionEvidence, CAPTION_FLOOD_LIMITS, type RecentSuggestions } from './caption-flood';
export { planTextEvidence, type TextEvidencePlan, type TextEvidencePlanInput } from './text-evidence-plan';
export { writeNewEvidence } from './write-new-evidence';

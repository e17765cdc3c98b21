/** Diagnosis: scores per motivation that explain themselves, snapshots and movement. */
export * from './types';
export * from './evidence-weights';
export { scoreDiagnosis, type ScoreDiagnosisInput } from './score-diagnosis';
export { scoreStakeholders, type ScoreStakeholdersInput } from './score-stakeholders';
export { toDiagnosisSnapshot, toRoster, isWorthSnapshotting, type SnapshotMeta } from './snapshot';
export {
  diagnoseConversation,
  diminishingSum,
  type ClaimedMotivation,
  type ConversationDiagnosis,
  type ConversationQuote,
  type OpenQuestion,
  type TurnSignal,
} from './conversation-diagnosis';
export {
  compareDiagnoses,
  type CompareOptions,
  type DiagnosisMovement,
  type ScoreChange,
} from './compare-diagnoses';
export { evidenceSide, isCustomerWords, customerQuotes, speakerLabel } from './evidence-side';

/** Shapes of the stakeholder analysis: warnings the panel lists, with what to do about them. */
import type { Person } from '../records';
import type { MotivationId, Stage } from '../vocabulary';

export type WarningSeverity = 'high' | 'medium' | 'low';

export type WarningRule =
  | 'no-stakeholders'
  | 'single-threaded'
  | 'no-economic-buyer'
  | 'no-finance-approver'
  | 'no-champion'
  | 'blocker-not-engaged'
  | 'enthusiasm-vs-cost'
  | 'quiet-presence'
  | 'champion-without-artefacts'
  | 'reports-to-cycle'
  | 'reports-to-unknown';

export interface StakeholderWarning {
  /** Stable across runs (rule + people), so the panel can remember a dismissal. */
  id: string;
  rule: WarningRule;
  severity: WarningSeverity;
  /** The people concerned (may be empty for "nobody has this role"). */
  personIds: string[];
  /** What is wrong, in a sentence. */
  message: string;
  /** What to do next, in a sentence. */
  action: string;
}

export interface StakeholderContext {
  people: readonly Person[];
  stage: Stage;
  now: Date | string;
  /** Account diagnosis scores: a permission-driven account needs artefacts for its champion. */
  scores?: Partial<Record<MotivationId, number>>;
  /** Artefact ids already given to the champion (see PERMISSION_ARTEFACTS), e.g. from note tags. */
  artefactsShared?: readonly string[];
  /** Days without contact after which a person counts as not engaged (default 30). */
  staleAfterDays?: number;
}

export type StakeholderRule = (ctx: StakeholderContext) => StakeholderWarning[];

/**
 * The shape of the motivation catalogue (content lives in `catalogue.ts`). Shared by the
 * detector, diagnosis scoring, playbook matching, briefs and the panel's checklist.
 */
import type { MotivationId } from '../vocabulary';

export interface SignalDefinition {
  /** Stable id, e.g. "relief.deadline-pain" (stored in `Account.tickedSignals`). */
  id: string;
  motivation: MotivationId;
  /** Checklist label for the rep, in the product's words. */
  label: string;
  /** `phrase`: something the buyer says; `behaviour`: something the buyer does. */
  kind: 'phrase' | 'behaviour';
  /** Strength of the signal as evidence for the motivation, 0–1. */
  weight: number;
}

export interface DiagnosticQuestion {
  id: string;
  text: string;
}

export interface MotivationProfile {
  id: MotivationId;
  /** Display name, e.g. "Relief". */
  name: string;
  /** One sentence: what this buyer is after. */
  summary: string;
  signals: SignalDefinition[];
  questions: DiagnosticQuestion[];
  /** What the customer needs from us. */
  needs: string[];
  /** What to avoid with this buyer. */
  avoid: string[];
  /** The path it calls for (fast, safer, clearer, stronger proof…). */
  path: { name: string; description: string };
  proofTypes: string[];
  onboarding: string[];
  /** The success metric that matters to this buyer. */
  successMetric: string;
  /** Notes for onboarding / customer success at hand-off. */
  handoff: string[];
}

/**
 * The qualification frameworks a team may choose (MEDDICC, BANT, SPICED) as views over the
 * same facts: each field names the fact that fills it and the discovery question that would
 * fill it when nothing does. Hand-written from the frameworks' public descriptions; the
 * questions reuse Motive's discovery questions where one fits, so a field and the Diagnose
 * view ask the same thing.
 */
import { getDiscoveryQuestion } from '../movement/discovery-questions';

import { QUALIFICATION_FRAMEWORKS, type QualificationFrameworkId } from '../vocabulary';

export { QUALIFICATION_FRAMEWORKS, type QualificationFrameworkId };
export const DEFAULT_FRAMEWORK: QualificationFrameworkId = 'meddicc';

export const FRAMEWORK_NAMES: Record<QualificationFrameworkId, string> = {
  meddicc: 'MEDDICC',
  bant: 'BANT',
  spiced: 'SPICED',
};

/** The facts Motive can find (qualification-facts.ts has one finder per kind). */
export type FactKind =
  | 'metrics'
  | 'economic-buyer'
  | 'decision-criteria'
  | 'decision-process'
  | 'pain'
  | 'champion'
  | 'competition'
  | 'budget'
  | 'authority'
  | 'need'
  | 'timeline'
  | 'situation'
  | 'impact';

export interface FrameworkField {
  /** Stable within the framework: `<framework>.<id>` keys the rep's confirmation on the account. */
  id: string;
  label: string;
  fact: FactKind;
  /** What to ask when the field is blank. */
  question: string;
}

/** A discovery question's prompt by id (one home for the wording), else the fallback. */
const ask = (discoveryId: string, fallback: string) => getDiscoveryQuestion(discoveryId)?.prompt ?? fallback;

export const FRAMEWORK_FIELDS: Record<QualificationFrameworkId, readonly FrameworkField[]> = {
  meddicc: [
    {
      id: 'metrics',
      label: 'Metrics',
      fact: 'metrics',
      question: ask('success', 'What number would prove it worked?'),
    },
    {
      id: 'economic-buyer',
      label: 'Economic buyer',
      fact: 'economic-buyer',
      question: ask('budget', 'Whose budget does this come from?'),
    },
    {
      id: 'decision-criteria',
      label: 'Decision criteria',
      fact: 'decision-criteria',
      question: ask('proof', 'What would you need to see to choose a solution?'),
    },
    {
      id: 'decision-process',
      label: 'Decision process',
      fact: 'decision-process',
      question: 'How does a decision like this get made and signed, step by step?',
    },
    {
      id: 'identify-pain',
      label: 'Identify pain',
      fact: 'pain',
      question: ask('avoid', 'What hurts today?'),
    },
    {
      id: 'champion',
      label: 'Champion',
      fact: 'champion',
      question: ask('influence', 'Who will argue for this?'),
    },
    {
      id: 'competition',
      label: 'Competition',
      fact: 'competition',
      question: 'What else are you looking at, including doing nothing or building it yourselves?',
    },
  ],
  bant: [
    {
      id: 'budget',
      label: 'Budget',
      fact: 'budget',
      question: 'Is there budget set aside for this, and roughly how much?',
    },
    { id: 'authority', label: 'Authority', fact: 'authority', question: ask('budget', 'Who approves this?') },
    { id: 'need', label: 'Need', fact: 'need', question: ask('achieve', 'What do you need to change?') },
    {
      id: 'timeline',
      label: 'Timeline',
      fact: 'timeline',
      question: ask('act-now', 'When does this need to be solved?'),
    },
  ],
  spiced: [
    {
      id: 'situation',
      label: 'Situation',
      fact: 'situation',
      question: ask('users', 'How do you work today?'),
    },
    { id: 'pain', label: 'Pain', fact: 'pain', question: ask('avoid', 'What hurts today?') },
    {
      id: 'impact',
      label: 'Impact',
      fact: 'impact',
      question: 'What does this cost you today, in time, money or risk, and what would fixing it be worth?',
    },
    {
      id: 'critical-event',
      label: 'Critical event',
      fact: 'timeline',
      question: ask('act-now', 'What date makes this urgent?'),
    },
    {
      id: 'decision',
      label: 'Decision',
      fact: 'decision-process',
      question: 'Who is involved in the decision, and how will it be made?',
    },
  ],
};

/** The key a field's confirmation is stored under on the account. */
export const fieldKey = (framework: QualificationFrameworkId, field: Pick<FrameworkField, 'id'>): string =>
  `${framework}.${field.id}`;

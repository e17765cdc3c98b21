/**
 * The discovery questions (seed 000) as data. Ids are stable: the account stores each answer
 * under `Account.discovery[questionId]`, so renaming an id orphans saved answers.
 */
import type { MotivationId } from '../vocabulary';

/** Which part of the picture a question fills in; the panel groups questions by it. */
export type DiscoveryTopic = 'drivers' | 'timing' | 'people' | 'proof' | 'outcome';

export interface DiscoveryQuestion {
  id: string;
  topic: DiscoveryTopic;
  /** What the rep asks, phrased so it can be said aloud. */
  prompt: string;
  /** What a good answer tells us, shown under the field. */
  hint: string;
  /** Motivations an answer to this question most often reveals. */
  reveals: MotivationId[];
}

export const DISCOVERY_QUESTIONS: readonly DiscoveryQuestion[] = [
  {
    id: 'achieve',
    topic: 'drivers',
    prompt: 'If this goes well, what will be different for you in six months?',
    hint: 'The outcome they are chasing, in their terms rather than our features.',
    reveals: ['growth', 'control', 'consistency'],
  },
  {
    id: 'avoid',
    topic: 'drivers',
    prompt: 'What are you trying to make sure never happens again?',
    hint: 'The failure, fallout or embarrassment they are steering away from.',
    reveals: ['risk', 'blame', 'confidence'],
  },
  {
    id: 'pressure',
    topic: 'drivers',
    prompt: 'Where is the pressure on this coming from right now?',
    hint: 'A boss, a board, an audit, a customer, a deadline, or their own workload.',
    reveals: ['relief', 'permission', 'risk'],
  },
  {
    id: 'act-now',
    topic: 'timing',
    prompt: 'What makes this worth solving this quarter rather than next year?',
    hint: 'The trigger event or cost of waiting that sets the pace.',
    reveals: ['relief', 'growth'],
  },
  {
    id: 'delay',
    topic: 'timing',
    prompt: 'What could push this back or stall it, even if everyone likes it?',
    hint: 'Budget timing, a reorganisation, a competing project, a reviewer not yet involved.',
    reveals: ['permission', 'risk', 'simplicity'],
  },
  {
    id: 'pain',
    topic: 'people',
    prompt: 'Who feels this problem most, day to day?',
    hint: 'The people who suffer: often not the people who sign.',
    reveals: ['relief', 'simplicity'],
  },
  {
    id: 'budget',
    topic: 'people',
    prompt: 'Whose budget would this come out of, and who approves spend of this size?',
    hint: 'Names the economic buyer and the finance approver.',
    reveals: ['permission', 'confidence'],
  },
  {
    id: 'influence',
    topic: 'people',
    prompt: 'Whose opinion will carry the most weight when the decision is made?',
    hint: 'Influencers and senior sponsors who are not on the calls.',
    reveals: ['permission', 'credibility'],
  },
  {
    id: 'users',
    topic: 'people',
    prompt: 'Who would use this every day, and how do they work today?',
    hint: 'The daily users whose adoption decides whether the outcome arrives.',
    reveals: ['simplicity', 'consistency'],
  },
  {
    id: 'blockers',
    topic: 'people',
    prompt: 'Who has seen a project like this go wrong before, and what would they want to hear?',
    hint: 'The quiet blocker: IT, security, procurement or a veteran of a failed rollout.',
    reveals: ['risk', 'blame'],
  },
  {
    id: 'proof',
    topic: 'proof',
    prompt: 'What would you need to see to be comfortable putting your name to this?',
    hint: 'Reassurance, hard numbers, technical depth, or the word of people like them.',
    reveals: ['confidence', 'risk', 'credibility'],
  },
  {
    id: 'their-words',
    topic: 'proof',
    prompt: 'How do you describe this problem when you explain it to your team?',
    hint: 'Their own words: reuse them in emails, proposals and the permission pack.',
    reveals: ['credibility', 'permission'],
  },
  {
    id: 'success',
    topic: 'outcome',
    prompt: 'A year from now, what number or moment tells you this was the right call?',
    hint: 'The success metric to promise, hand off and report on at renewal.',
    reveals: ['control', 'growth', 'confidence'],
  },
];

const BY_ID = new Map(DISCOVERY_QUESTIONS.map((q) => [q.id, q]));

/** The question with that id, or undefined for an unknown (e.g. retired) id. */
export function getDiscoveryQuestion(id: string): DiscoveryQuestion | undefined {
  return BY_ID.get(id);
}

export interface DiscoveryProgress {
  answered: number;
  total: number;
  /** The first unanswered question in list order: what to ask next. */
  next?: DiscoveryQuestion;
  unanswered: DiscoveryQuestion[];
}

/**
 * How much of discovery is done, from `Account.discovery`. Blank (whitespace-only) answers
 * count as unanswered; answers under unknown ids are ignored.
 */
export function discoveryProgress(answers: Readonly<Record<string, string>>): DiscoveryProgress {
  const unanswered = DISCOVERY_QUESTIONS.filter((q) => !(answers[q.id] ?? '').trim());
  return {
    answered: DISCOVERY_QUESTIONS.length - unanswered.length,
    total: DISCOVERY_QUESTIONS.length,
    next: unanswered[0],
    unanswered,
  };
}

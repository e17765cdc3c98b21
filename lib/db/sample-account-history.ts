/**
 * The sample account's history: notes, evidence (quotes with speaker and source, confirmed,
 * suggested and one rejected) and three diagnosis snapshots that show the account moving.
 * Pure data; times are "days before now"; people are the local refs of sample-account-data.
 */
import type { Account, Evidence, Note } from '../domain/records';
import type { MotivationId } from '../domain/vocabulary';
import type { PersonRef } from './sample-account-data';
export interface SampleNote extends Omit<
  Note,
  'id' | 'accountId' | 'createdAt' | 'updatedAt' | 'at' | 'personIds'
> {
  daysAgo: number;
  people: PersonRef[];
}

export const SAMPLE_NOTES: SampleNote[] = [
  {
    daysAgo: 34,
    kind: 'call',
    text: 'Intro call with Marcus. Dispatch re-keys every carrier booking from email into the TMS by hand; he estimates a full day a week lost across the team. Wants something running before peak season.',
    people: ['marcus'],
    tags: ['discovery', 'pain'],
  },
  {
    daysAgo: 27,
    kind: 'meeting',
    text: 'Demo for Priya and Marcus. Priya cared most about seeing every open booking in one place; asked twice who would own the rollout. Agreed on a two-week pilot with the Rotterdam desk.',
    people: ['priya', 'marcus'],
    tags: ['demo', 'pilot'],
  },
  {
    daysAgo: 14,
    kind: 'email',
    text: 'Pilot results shared: median booking time fell from 12 to 5 minutes on the Rotterdam desk. Marcus forwarded them to Priya and Sofia without being asked.',
    people: ['marcus', 'priya', 'sofia'],
    tags: ['pilot', 'proof'],
  },
  {
    daysAgo: 8,
    kind: 'meeting',
    text: 'Commercial review. Tom and Dana joined for the first time. Tom asked about exit terms and data ownership; Dana listened, took notes and said nothing. Lena sent a 40-question security questionnaire afterwards.',
    people: ['priya', 'tom', 'dana', 'lena'],
    tags: ['procurement', 'security', 'risk'],
  },
  {
    daysAgo: 2,
    kind: 'prep',
    text: 'Before the proposal call: get Dana talking (what would make procurement comfortable?), bring the reference from a similar-size forwarder, and give Marcus a one-page summary he can take to Sofia.',
    people: ['dana', 'marcus', 'sofia'],
    tags: ['next-steps', 'proposal'],
  },
];

export interface SampleEvidence extends Omit<
  Evidence,
  'id' | 'accountId' | 'createdAt' | 'updatedAt' | 'at' | 'personId'
> {
  /** Stable local key so diagnosis snapshots can cite it. */
  key: string;
  daysAgo: number;
  person?: PersonRef;
}

export const SAMPLE_EVIDENCE: SampleEvidence[] = [
  {
    key: 'relief-day-lost',
    person: 'marcus',
    motivation: 'relief',
    signalId: 'relief.hours-lost',
    source: 'caption',
    quote: 'Honestly we lose a whole day a week just copying bookings from one screen to another.',
    speaker: 'Marcus Oyelaran',
    origin: 'Intro call — Halden Logistics',
    daysAgo: 34,
    status: 'confirmed',
    weight: 0.85,
  },
  {
    key: 'relief-before-peak',
    person: 'marcus',
    motivation: 'relief',
    source: 'email',
    quote: 'If this is not running before October, my team will not survive peak.',
    speaker: 'Marcus Oyelaran',
    origin: 'Re: pilot timing',
    daysAgo: 30,
    status: 'confirmed',
    weight: 0.8,
  },
  {
    key: 'control-one-place',
    person: 'priya',
    motivation: 'control',
    source: 'caption',
    quote: 'What I want is to see every open booking in one place without asking five people.',
    speaker: 'Priya Raman',
    origin: 'Demo — Halden Logistics',
    daysAgo: 27,
    status: 'confirmed',
    weight: 0.75,
  },
  {
    key: 'permission-forwarded',
    person: 'marcus',
    motivation: 'permission',
    source: 'email',
    quote: 'Can you send me something short I can put in front of Sofia? She will ask why now.',
    speaker: 'Marcus Oyelaran',
    origin: 'Re: pilot results',
    daysAgo: 14,
    status: 'confirmed',
    weight: 0.7,
  },
  {
    key: 'risk-exit-terms',
    person: 'tom',
    motivation: 'risk',
    signalId: 'risk.exit-terms',
    source: 'caption',
    quote: 'If this does not work out, how do we get our data back and what does leaving cost us?',
    speaker: 'Tom Brennan',
    origin: 'Commercial review',
    daysAgo: 8,
    status: 'confirmed',
    weight: 0.8,
  },
  {
    key: 'risk-questionnaire',
    person: 'lena',
    motivation: 'risk',
    signalId: 'risk.sends-questionnaire',
    source: 'email',
    quote: 'Before we go further we need the completed questionnaire and your last penetration test summary.',
    speaker: 'Lena Fischer',
    origin: 'Security review — vendor questionnaire',
    daysAgo: 7,
    status: 'suggested',
    weight: 0.65,
  },
  {
    key: 'consistency-other-sites',
    person: 'lena',
    motivation: 'consistency',
    source: 'email',
    quote: 'Whatever we pick has to work the same way for Hamburg and Gdansk, not just Rotterdam.',
    speaker: 'Lena Fischer',
    origin: 'Security review — vendor questionnaire',
    daysAgo: 7,
    status: 'suggested',
    weight: 0.55,
  },
  {
    key: 'credibility-board',
    person: 'sofia',
    motivation: 'credibility',
    source: 'note',
    quote: 'Sofia mentioned the board asked for a visible operations win this year.',
    speaker: 'Priya Raman',
    origin: 'Demo — Halden Logistics',
    daysAgo: 26,
    status: 'suggested',
    weight: 0.45,
  },
  {
    key: 'growth-rejected',
    person: 'priya',
    motivation: 'growth',
    source: 'caption',
    quote: 'We might grow into more lanes later, but that is not why we are talking.',
    speaker: 'Priya Raman',
    origin: 'Demo — Halden Logistics',
    daysAgo: 27,
    status: 'rejected',
    weight: 0.3,
  },
];

export interface SampleDiagnosis {
  daysAgo: number;
  label: string;
  stage: Account['stage'];
  scores: Record<MotivationId, number>;
  evidence: string[];
}

const zero: Record<MotivationId, number> = {
  relief: 0,
  control: 0,
  growth: 0,
  risk: 0,
  simplicity: 0,
  permission: 0,
  confidence: 0,
  consistency: 0,
  credibility: 0,
  blame: 0,
};

/** Three snapshots showing the movement: relief first, then control, then risk once procurement joined. */
export const SAMPLE_DIAGNOSES: SampleDiagnosis[] = [
  {
    daysAgo: 30,
    label: 'After the intro call',
    stage: 'discovery',
    scores: { ...zero, relief: 0.78, simplicity: 0.3, control: 0.2 },
    evidence: ['relief-day-lost', 'relief-before-peak'],
  },
  {
    daysAgo: 14,
    label: 'After the pilot',
    stage: 'evaluation',
    scores: { ...zero, relief: 0.72, control: 0.55, permission: 0.45, simplicity: 0.25, credibility: 0.2 },
    evidence: ['relief-day-lost', 'relief-before-peak', 'control-one-place', 'permission-forwarded'],
  },
  {
    daysAgo: 7,
    label: 'Procurement and security joined',
    stage: 'proposal',
    scores: {
      ...zero,
      risk: 0.74,
      relief: 0.6,
      control: 0.52,
      permission: 0.48,
      consistency: 0.3,
      credibility: 0.25,
      blame: 0.15,
    },
    evidence: [
      'relief-day-lost',
      'relief-before-peak',
      'control-one-place',
      'permission-forwarded',
      'risk-exit-terms',
    ],
  },
];

/**
 * The sample account offered on first run: a mid-market freight company evaluating the
 * rep's (made-up) booking-automation product, with a buying committee, a quiet blocker,
 * notes, evidence and a diagnosis that moved from relief towards risk once procurement and
 * security joined.
 *
 * Pure data. Times are "days before now" so the sample always looks recent; people are
 * referred to by a local key (`ref`) that `createSampleAccount` turns into real ids.
 * The domain ends in `.example` so the sample can never match a real email or CRM page.
 */
import type { Account, Person } from '../domain/records';

export type PersonRef = 'sofia' | 'priya' | 'marcus' | 'lena' | 'tom' | 'dana';

export const SAMPLE_ACCOUNT: Omit<Account, 'id' | 'createdAt' | 'updatedAt'> = {
  name: 'Halden Logistics (sample)',
  domain: 'haldenlogistics.example',
  crmKeys: [],
  stage: 'proposal',
  motion: 'sales-assisted',
  segment: {
    purchaseComplexity: 'committee',
    salesCycle: 'months',
    implementationEffort: 'guided',
    expectedValue: 186_000,
    supportIntensity: 'medium',
  },
  movement: {
    pace: 'slow',
    conversations: 'many',
    buying: 'committee',
    drive: 'caution',
    evidenceWanted: ['commercial-proof', 'technical-detail'],
  },
  discovery: {
    achieve: 'Stop losing a day every week to re-keying carrier bookings by hand.',
    avoid: 'Another tool the dispatch team quietly abandons after three months.',
    pressure: 'Peak season starts in October and they are already short two planners.',
    'act-now': 'The old booking spreadsheet broke twice last quarter and missed a key customer SLA.',
    delay: 'Procurement wants a security review and a second quote before anything is signed.',
    pain: 'The dispatch planners first, then customers who get late booking confirmations.',
    budget: 'Priya owns the operations budget; Tom signs off anything above 50k.',
    influence: 'Sofia listens to Priya; Lena can stop anything that touches customer data.',
    users: 'Eleven planners across Rotterdam, Hamburg and Gdansk.',
    blockers: 'Procurement (Dana) has said nothing so far — unclear where she stands.',
    proof: 'A reference from a logistics company of similar size, and the security pack.',
    'their-words': 'We are copying bookings from one screen to another all day.',
    success: 'Booking time per shipment down from 12 to 4 minutes by the end of Q1.',
  },
  // Catalogue signal ids (lib/domain/motivations): what the rep ticked on the checklist.
  tickedSignals: [
    'relief.drowning-in-manual-work',
    'relief.hours-lost',
    'control.no-visibility',
    'risk.exit-terms',
    'risk.sends-questionnaire',
    'permission.needs-to-convince',
  ],
  successMetric: 'Booking time per shipment down from 12 minutes to 4 by the end of Q1, with no missed SLA.',
  isSample: true,
};

export interface SamplePerson extends Omit<
  Person,
  'id' | 'accountId' | 'createdAt' | 'updatedAt' | 'reportsTo'
> {
  ref: PersonRef;
  reportsTo?: PersonRef;
  /** Days before now of the last contact; undefined = never contacted. */
  lastContactDaysAgo?: number;
}

/** Ordered so a manager is always created before the people reporting to them. */
export const SAMPLE_PEOPLE: SamplePerson[] = [
  {
    ref: 'sofia',
    name: 'Sofia Marin',
    email: 'sofia.marin@haldenlogistics.example',
    title: 'Chief Operating Officer',
    roles: ['senior-sponsor'],
    stance: 'neutral',
    influence: 'high',
    motivations: ['growth', 'credibility'],
    presence: { meetings: 1, spoke: 1 },
    lastContactDaysAgo: 30,
  },
  {
    ref: 'priya',
    name: 'Priya Raman',
    email: 'priya.raman@haldenlogistics.example',
    title: 'VP Operations',
    roles: ['economic-buyer'],
    stance: 'supporter',
    influence: 'high',
    motivations: ['relief', 'control'],
    reportsTo: 'sofia',
    presence: { meetings: 4, spoke: 4 },
    lastContactDaysAgo: 3,
  },
  {
    ref: 'marcus',
    name: 'Marcus Oyelaran',
    email: 'marcus.oyelaran@haldenlogistics.example',
    title: 'Dispatch Team Lead',
    roles: ['champion', 'daily-user'],
    stance: 'champion',
    influence: 'medium',
    motivations: ['relief', 'simplicity', 'permission'],
    reportsTo: 'priya',
    presence: { meetings: 5, spoke: 5 },
    lastContactDaysAgo: 1,
  },
  {
    ref: 'lena',
    name: 'Lena Fischer',
    email: 'lena.fischer@haldenlogistics.example',
    title: 'IT Security Architect',
    roles: ['technical-reviewer'],
    stance: 'sceptic',
    influence: 'high',
    motivations: ['risk', 'consistency'],
    presence: { meetings: 2, spoke: 2 },
    lastContactDaysAgo: 6,
  },
  {
    ref: 'tom',
    name: 'Tom Brennan',
    email: 'tom.brennan@haldenlogistics.example',
    title: 'Financial Controller',
    roles: ['finance-approver'],
    stance: 'neutral',
    influence: 'high',
    motivations: ['risk', 'control'],
    reportsTo: 'sofia',
    presence: { meetings: 1, spoke: 1 },
    lastContactDaysAgo: 12,
  },
  {
    // The quiet blocker: in every recent meeting and on the CC line, never says a word.
    ref: 'dana',
    name: 'Dana Whitcombe',
    email: 'dana.whitcombe@haldenlogistics.example',
    title: 'Head of Procurement',
    roles: ['blocker'],
    stance: 'sceptic',
    influence: 'high',
    motivations: ['risk', 'blame'],
    reportsTo: 'tom',
    presence: { meetings: 3, spoke: 0 },
    lastContactDaysAgo: 20,
  },
];

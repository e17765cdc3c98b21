/** A small account for brief tests: a relief sale that turned towards risk once finance joined. */
import { evidence, person } from '../domain/diagnosis/test-builders';
import { MOTIVATION_CATALOGUE as catalogue } from '../domain/motivations/catalogue';
import type { Account, Evidence, Note, Person } from '../domain/records';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default/all-entries';
import { buildHandoffBrief } from './handoff-brief';
import { buildPermissionPack } from './permission-pack';
import { buildRenewalBrief } from './renewal-brief';

export const SALE_AT = '2026-01-15T00:00:00.000Z';
export const NOW = '2026-11-20T00:00:00.000Z';

export function account(overrides: Partial<Account> = {}): Account {
  return {
    id: 'a1',
    name: 'Acme Freight',
    crmKeys: [],
    stage: 'renewal',
    segment: {},
    movement: {},
    discovery: {
      'their-words': 'Month-end close is a fire drill every single time.',
      achieve: 'Close the books in three days instead of eight',
      'act-now': 'The auditors flagged late reconciliations twice',
    },
    tickedSignals: [],
    successMetric: 'Close in 3 working days',
    renewalDate: '2026-12-10',
    isSample: false,
    createdAt: '2025-11-01T00:00:00.000Z',
    updatedAt: NOW,
    ...overrides,
  };
}

export const champion = person({
  id: 'ch',
  name: 'Cara Champ',
  roles: ['champion'],
  stance: 'champion',
  influence: 'high',
  lastContactAt: '2026-11-10T00:00:00.000Z',
  createdAt: '2025-11-01T00:00:00.000Z',
});
export const buyer = person({
  id: 'eb',
  name: 'Eli Buyer',
  roles: ['economic-buyer'],
  stance: 'supporter',
  influence: 'high',
  lastContactAt: '2026-11-01T00:00:00.000Z',
  createdAt: '2025-11-01T00:00:00.000Z',
});
export const user = person({
  id: 'du',
  name: 'Dee User',
  roles: ['daily-user'],
  stance: 'supporter',
  influence: 'low',
  createdAt: '2025-11-01T00:00:00.000Z',
});
export const cfo = person({
  id: 'fa',
  name: 'Fay Finance',
  title: 'CFO',
  roles: ['finance-approver'],
  stance: 'sceptic',
  influence: 'high',
  motivations: ['risk'],
  lastContactAt: '2026-11-12T00:00:00.000Z',
  createdAt: '2026-06-01T00:00:00.000Z',
});

export const EVIDENCE = [
  evidence({
    id: 'q1',
    motivation: 'relief',
    quote: 'We are drowning at month end',
    speaker: 'Cara Champ',
    at: '2025-12-01T00:00:00.000Z',
  }),
  evidence({
    id: 'q2',
    motivation: 'relief',
    quote: 'Please make the spreadsheets stop',
    status: 'suggested',
    weight: 0.8,
    at: '2026-01-05T00:00:00.000Z',
  }),
  evidence({
    id: 'q3',
    motivation: 'relief',
    quote: 'rejected line',
    status: 'rejected',
    at: '2026-01-06T00:00:00.000Z',
  }),
  evidence({
    id: 'q4',
    motivation: 'risk',
    quote: 'The audit cannot slip again',
    personId: 'fa',
    at: '2026-10-01T00:00:00.000Z',
  }),
  evidence({
    id: 'q5',
    motivation: 'risk',
    quote: 'We need the controls documented',
    personId: 'fa',
    at: '2026-11-01T00:00:00.000Z',
  }),
];

export const NOTES: Note[] = [
  {
    id: 'n1',
    accountId: 'a1',
    kind: 'call',
    text: 'Promised a dedicated onboarding session for the finance team',
    at: '2026-01-10T00:00:00.000Z',
    personIds: [],
    tags: ['Promise'],
    createdAt: SALE_AT,
    updatedAt: SALE_AT,
  },
  {
    id: 'n2',
    accountId: 'a1',
    kind: 'call',
    text: 'General chat',
    at: '2026-01-11T00:00:00.000Z',
    personIds: [],
    tags: ['misc'],
    createdAt: SALE_AT,
    updatedAt: SALE_AT,
  },
];

/**
 * The three team documents over the same evidence: the renewal brief (at renewal), the
 * hand-off brief (at onboarding) and the permission pack (at proposal, `ch` as champion).
 */
export function buildTeamBriefs(args: {
  evidence: Evidence[];
  people?: Person[];
  peopleAtSale?: Person[];
  handoffAccount?: Partial<Account>;
}) {
  const people = args.people ?? [champion, buyer, user, cfo];
  const shared = { people, evidence: args.evidence, catalogue, playbook, now: NOW };
  return {
    renewal: buildRenewalBrief({
      ...shared,
      account: account(),
      ...(args.peopleAtSale ? { peopleAtSale: args.peopleAtSale } : {}),
      saleAt: SALE_AT,
      notes: NOTES,
    }),
    handoff: buildHandoffBrief({
      ...shared,
      account: account({ stage: 'onboarding', ...args.handoffAccount }),
      notes: NOTES,
      scores: { relief: 0.9, risk: 0.5 },
    }),
    pack: buildPermissionPack({
      ...shared,
      account: account({ stage: 'proposal' }),
      championId: 'ch',
      scores: { permission: 0.7, relief: 0.6 },
    }),
  };
}

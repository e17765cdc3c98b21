/**
 * Customer-facing text (the one-pager a champion forwards, the email snippets a rep sends)
 * never carries the team's internal language: no diagnosis wording, motivation names,
 * scores, stances or internal ids. Held over every template the product ships.
 */
import { describe, expect, it } from 'vitest';
import { MOTIVATION_CATALOGUE as catalogue } from '../domain/motivations/catalogue';
import { PERMISSION_ARTEFACTS } from '../domain/stakeholders/rules/structure-rules';
import { ROLES, STAGES } from '../domain/vocabulary';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default/all-entries';
import { fillSlots, slotFacts } from '../playbook/slots';
import { buildCustomerOnePager } from './customer-one-pager';
import { customerOnePagerToMarkdown } from './customer-one-pager-markdown';
import { buildPermissionPack } from './permission-pack';
import { account, buyer, champion, cfo, EVIDENCE, NOW, user } from './test-fixtures';

const motivations = Object.values(catalogue);
/** The catalogue's own sentences are diagnosis language, for the team only. */
const DIAGNOSIS_SENTENCES = motivations.flatMap((m) => [m.summary, ...m.needs, ...m.avoid, m.successMetric]);
/** Ids the product uses inside: roles, proof types, artefacts (`economic-buyer`, `business-case-template`). */
const INTERNAL_IDS = [
  ...ROLES.filter((r) => r.includes('-')),
  ...new Set(playbook.flatMap((e) => (e.proof ? [e.proof.type] : []))),
  ...PERMISSION_ARTEFACTS,
];
const INTERNAL: [string, RegExp][] = [
  [
    'diagnosis words',
    /\b(motivations?|diagnos\w*|scores?|stance|sceptic|blocker|economic buyer|buying group)\b/i,
  ],
  [
    'motivation names used as labels',
    new RegExp(`\\b(${motivations.map((m) => m.name).join('|')})\\s*(\\d|:|—|\\()`),
  ],
  ['scores', /\b0\.\d+\b|\b\d{1,3} ?\/ ?100\b/],
  ['internal ids', new RegExp(`\\b(${INTERNAL_IDS.join('|')})\\b|\\b[a-z]+\\.[a-z0-9]+-[a-z0-9-]+\\b`)],
  ['the matcher’s explanations', /\bwhy:/i],
  ['third-person diagnosis ("They are convinced…")', /\bThey are (convinced|hurting|afraid|keen)/],
];

function assertCustomerFacing(label: string, text: string) {
  for (const sentence of DIAGNOSIS_SENTENCES)
    expect(text, `${label} quotes the catalogue`).not.toContain(sentence);
  for (const [habit, pattern] of INTERNAL) expect(text, `${label}: ${habit}`).not.toMatch(pattern);
}

const people = [champion, buyer, user, cfo];
const pagers = STAGES.flatMap((stage) => [
  [`${stage}, with discovery answers`, account({ stage })] as const,
  [
    `${stage}, with nothing recorded yet`,
    account({ stage, discovery: {}, successMetric: undefined }),
  ] as const,
]);

describe('customer-facing text', () => {
  it.each(pagers)('the one-pager at %s speaks only in the customer’s terms', (_rule, acc) => {
    const page = buildCustomerOnePager({ account: acc, evidence: EVIDENCE, proof: [] });
    assertCustomerFacing('one-pager', customerOnePagerToMarkdown(page));
  });

  it('the one-pager shows [prompts] where nothing confirmed fills it, never the catalogue', () => {
    const page = buildCustomerOnePager({
      account: account({ discovery: {}, successMetric: undefined }),
      evidence: [],
      proof: [],
    });
    expect(page.outcome).toMatch(/^\[.+\]$/);
    expect(page.measure).toMatch(/^\[.+\]$/);
    expect(page.problem).toMatch(/^\[.+\]$/);
  });

  it.each([
    ['with discovery answers', account({ stage: 'proposal' })],
    ['with nothing recorded yet', account({ stage: 'proposal', discovery: {}, successMetric: undefined })],
  ])('the permission pack’s one-pager %s is a customer document', (_rule, acc) => {
    const pack = buildPermissionPack({
      account: acc,
      championId: 'ch',
      people,
      evidence: EVIDENCE,
      scores: { permission: 0.7, relief: 0.6 },
      catalogue,
      playbook,
      now: NOW,
    });
    assertCustomerFacing('pack one-pager', customerOnePagerToMarkdown(pack.onePage));
  });

  it.each(playbook.filter((e) => e.kind === 'email-snippet').map((e) => [e.id, e.text]))(
    'the email snippet %s carries nothing internal, filled or prompted',
    (id, text) => {
      const facts = slotFacts({ account: account(), evidence: EVIDENCE, person: champion });
      assertCustomerFacing(id, fillSlots(text, facts));
      assertCustomerFacing(id, fillSlots(text, {}));
    },
  );
});

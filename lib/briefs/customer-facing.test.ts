/**
 * Customer-facing text (the one-pager a champion forwards, the email snippets a rep sends,
 * every playbook line the customer hears) never carries the team's internal language: no
 * diagnosis wording, motivation names, scores, stances or internal ids. Held over every
 * template the product ships (the follow-up email's own test holds the same rule).
 */
import { describe, expect, it } from 'vitest';
import { MOTIVATION_CATALOGUE as catalogue } from '../domain/motivations/catalogue';
import { STAGES, type PlaybookKind } from '../domain/vocabulary';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default/all-entries';
import { fillSlots, slotFacts } from '../playbook/slots';
import { buildCustomerOnePager } from './customer-one-pager';
import { internalLanguageIn } from './customer-facing-rules';
import { customerOnePagerToMarkdown } from './customer-one-pager-markdown';
import { buildPermissionPack } from './permission-pack';
import { account, buyer, champion, cfo, EVIDENCE, NOW, user } from './test-fixtures';

function assertCustomerFacing(label: string, text: string) {
  expect(internalLanguageIn(text), label).toEqual([]);
}

const people = [champion, buyer, user, cfo];
const CUSTOMER_KINDS: readonly PlaybookKind[] = ['email-snippet', 'say', 'ask', 'objection', 'next-step'];
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

  // Everything the customer reads or hears from the playbook: snippets sent, lines said,
  // questions asked, objection answers and next steps proposed.
  const heard = playbook.filter((e) => CUSTOMER_KINDS.includes(e.kind));
  it.each(heard.map((e) => [e.kind, e.id, e.text]))(
    'the %s %s carries nothing internal, filled or prompted',
    (_kind, id, text) => {
      const facts = slotFacts({ account: account(), evidence: EVIDENCE, person: champion });
      assertCustomerFacing(id, fillSlots(text, facts));
      assertCustomerFacing(id, fillSlots(text, {}));
    },
  );
});

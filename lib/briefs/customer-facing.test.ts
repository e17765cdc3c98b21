/**
 * Customer-facing text (the one-pager a champion forwards, the email snippets a rep sends)
 * never carries the team's internal language: no diagnosis wording, motivation names,
 * scores, stances or internal ids. Held over every template the product ships.
 */
import { describe, expect, it } from 'vitest';
import { MOTIVATION_CATALOGUE as catalogue } from '../domain/motivations/catalogue';
import { STAGES } from '../domain/vocabulary';
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

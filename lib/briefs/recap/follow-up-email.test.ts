import { describe, expect, it } from 'vitest';
import { internalLanguageIn } from '../customer-facing-rules';
import { account } from '../test-fixtures';
import { DEFAULT_PLAYBOOK } from '../../playbook/default/all-entries';
import { buildRecap } from './build-recap';
import { extractCommitments } from '../../domain/recap/commitments';
import { buildFollowUpEmail, nextStepLine, spokenDate, toSecondPerson } from './follow-up-email';
import { CALL_EVIDENCE, said, testCall } from './recap-test-call';

const recap = buildRecap({ call: testCall(), account: account(), people: [], evidence: CALL_EVIDENCE });
const agreed = recap.commitments;
const proofs = DEFAULT_PLAYBOOK.filter((e) => e.kind === 'show').map((e) => ({
  label: e.proof?.label ?? e.title,
}));

describe('buildFollowUpEmail', () => {
  const email = buildFollowUpEmail({ recap, greet: 'Dana Reyes', agreed, proof: proofs });

  it.each([
    ['greets by first name', /^Hi Dana,/],
    ['uses the customer’s confirmed words for the pain', /- “The team is exhausted after the outage\.”/],
    [
      'restates the seller’s step with its date',
      /- From our side: send the security summary by Friday \(Friday 4 December\)\./,
    ],
    ['addresses the buyer’s own step back to them', /- From your side: loop in finance next week\./],
    ['attaches the proof as a visible prompt for the rep to attach', /\[attach: .+\]/],
  ])('%s', (_rule, pattern) => {
    expect(email).toMatch(pattern);
  });

  it.each([
    ['a suggested quote never appears', 'What if it fails halfway'],
    ['a rejected quote never appears', 'We want to grow'],
    ['a quote from an earlier call never appears', 'An older call'],
  ])('%s', (_rule, text) => {
    expect(email).not.toContain(text);
  });

  it('with nothing confirmed or agreed, every line is a visible prompt', () => {
    const empty = buildFollowUpEmail({ recap: { heard: [] }, agreed: [], proof: [] });
    expect(empty).toContain('Hi [name],');
    expect(empty).toContain('- [their words for the problem]');
    expect(empty).toContain('- [the next step we agreed, and its date]');
    expect(empty).toContain('[proof that fits what you described]');
  });

  it('a rep’s note confirmed as evidence is never put in the customer’s mouth', () => {
    const note = {
      ...CALL_EVIDENCE[0]!,
      id: 'n1',
      source: 'note' as const,
      side: 'rep-note' as const,
      quote: 'Dana seems stressed',
    };
    const mail = buildFollowUpEmail({
      recap: { heard: [{ motivation: 'relief', confirmed: [note], suggested: [] }] },
      agreed: [],
      proof: [],
    });
    expect(mail).not.toContain('Dana seems stressed');
  });

  it.each(proofs.map((p) => [p.label]))('carries nothing internal with the proof “%s”', (label) => {
    const mail = buildFollowUpEmail({ recap, greet: 'Dana', agreed, proof: [{ label }] });
    expect(internalLanguageIn(mail)).toEqual([]);
  });

  it('carries nothing internal when empty', () => {
    expect(internalLanguageIn(buildFollowUpEmail({ recap: { heard: [] }, agreed: [], proof: [] }))).toEqual(
      [],
    );
  });
});

describe('next steps in the email', () => {
  it.each([
    [
      'the buyer’s first person becomes "you"',
      'check with my CFO and our legal team',
      'check with your CFO and your legal team',
    ],
    ['"we’ll" becomes "you’ll"', 'we’ll decide', 'you’ll decide'],
    ['words containing "me" are left alone', 'send the memo', 'send the memo'],
  ])('%s', (_rule, action, expected) => {
    expect(toSecondPerson(action)).toBe(expected);
  });

  it.each([
    ['a step with no date asks for one', 'I’ll send the deck.', '- From our side: send the deck by [date].'],
    [
      'a step with a vague date keeps the words',
      'I’ll send the deck next week.',
      '- From our side: send the deck next week.',
    ],
    ['"let’s" is a joint step', 'Let’s meet on Monday.', '- Together: meet on Monday (Monday 7 December).'],
  ])('%s', (_rule, text, expected) => {
    const [c] = extractCommitments([said('You', 'seller', text, { at: '2026-12-03T10:00:00.000Z' })]);
    expect(nextStepLine(c!)).toBe(expected);
  });

  it('speaks dates as a weekday, day and month', () => {
    expect(spokenDate('2026-12-25')).toBe('Friday 25 December');
  });
});

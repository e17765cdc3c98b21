import { describe, expect, it } from 'vitest';
import { MOTIVATION_CATALOGUE as catalogue } from '../domain/motivations/catalogue';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default/all-entries';
import { person } from '../domain/diagnosis/test-builders';
import { buildPermissionPack, type PermissionPackInput } from './permission-pack';
import { permissionPackToMarkdown } from './permission-pack-markdown';
import { ROLE_OBJECTIONS } from './role-objections';
import { account, buyer, champion, cfo, EVIDENCE, NOW, user } from './test-fixtures';

const input = (overrides: Partial<PermissionPackInput> = {}): PermissionPackInput => ({
  account: account({ stage: 'proposal' }),
  championId: 'ch',
  people: [champion, buyer, user, cfo],
  evidence: EVIDENCE,
  scores: { permission: 0.7, relief: 0.6 },
  catalogue,
  playbook,
  now: NOW,
  ...overrides,
});

describe('buildPermissionPack', () => {
  it('makes the case from the discovery answers, in the order the case reads', () => {
    const pack = buildPermissionPack(input());
    expect(pack.caseInTheirWords.map((c) => c.questionId)).toEqual(['their-words', 'achieve', 'act-now']);
    expect(pack.caseInTheirWords[0]!.answer).toBe('Month-end close is a fire drill every single time.');
  });

  it.each([
    ['the finance approver', 'fa', ROLE_OBJECTIONS['finance-approver'].objection],
    ['the economic buyer', 'eb', ROLE_OBJECTIONS['economic-buyer'].objection],
    ['the daily user', 'du', ROLE_OBJECTIONS['daily-user'].objection],
    ['someone with no role yet', 'nr', 'What is in it for my team?'],
  ])('answers the likely objection of %s', (_rule, id, objection) => {
    const pack = buildPermissionPack(
      input({ people: [champion, buyer, user, cfo, person({ id: 'nr', name: 'No Role' })] }),
    );
    expect(pack.answers.find((a) => a.person.personId === id)?.objection).toBe(objection);
  });

  it('leaves the champion out of the answers and says what each person cares about', () => {
    const pack = buildPermissionPack(input());
    expect(pack.answers.map((a) => a.person.personId)).not.toContain('ch');
    expect(pack.answers.find((a) => a.person.personId === 'fa')?.caresAbout).toMatch(
      new RegExp(`^${catalogue.risk.name} — `),
    );
  });

  it('gives proof to forward and a one-page summary built from their words', () => {
    const pack = buildPermissionPack(input());
    expect(pack.proof.length).toBeGreaterThan(0);
    expect(pack.proof.every((p) => p.entry.kind === 'show')).toBe(true);
    // Templates for the champion are the pack itself, not proof for the approvers.
    expect(pack.proof.map((p) => p.entry.proof?.type)).not.toContain('business-case-template');
    expect(pack.onePage).toMatchObject({
      title: 'Acme Freight: Close the books in three days instead of eight',
      problem: 'Month-end close is a fire drill every single time.',
      whyNow: 'The auditors flagged late reconciliations twice',
      measure: 'Close in 3 working days',
      ask: 'Approve the proposal and name who owns the rollout on our side.',
    });
    expect(pack.artefacts).toEqual(['business-case', 'objection-answers', 'one-page-summary']);
  });

  it('refuses a champion who is not on the account', () => {
    expect(() => buildPermissionPack(input({ championId: 'ghost' }))).toThrow(/ghost/);
  });

  it('renders Markdown with the four parts and escapes the answers', () => {
    const hostile = account({
      stage: 'proposal',
      discovery: { 'their-words': '![img](https://evil.example/x.png) | <iframe>' },
    });
    const text = permissionPackToMarkdown(buildPermissionPack(input({ account: hostile })));
    for (const h of [
      '## The case in your words',
      '## Answers for each stakeholder',
      '## Proof to forward',
      '## One-page summary',
    ]) {
      expect(text).toContain(h);
    }
    expect(text).toContain('!\\[img\\](https://evil.example/x.png) \\| \\<iframe\\>');
    expect(text).not.toContain('<iframe>');
  });
});

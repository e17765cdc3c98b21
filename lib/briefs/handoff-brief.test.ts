import { describe, expect, it } from 'vitest';
import { MOTIVATION_CATALOGUE as catalogue } from '../domain/motivations/catalogue';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default/all-entries';
import { buildHandoffBrief, type HandoffBriefInput } from './handoff-brief';
import { handoffBriefToMarkdown } from './handoff-brief-markdown';
import { account, buyer, champion, cfo, EVIDENCE, NOTES, NOW, user } from './test-fixtures';

const input = (overrides: Partial<HandoffBriefInput> = {}): HandoffBriefInput => ({
  account: account({ stage: 'onboarding', motion: 'sales-assisted' }),
  people: [user, champion, cfo, buyer],
  evidence: EVIDENCE,
  notes: NOTES,
  scores: { relief: 0.9, risk: 0.5 },
  catalogue,
  playbook,
  now: NOW,
  ...overrides,
});

describe('buildHandoffBrief', () => {
  it.each([
    ['evaluation', 'Why they are moving'],
    ['proposal', 'Why they are moving'],
    ['onboarding', 'Why they bought'],
  ] as const)('at %s heads the motivations "%s"', (stage, heading) => {
    const brief = buildHandoffBrief(input({ account: account({ stage }) }));
    expect(handoffBriefToMarkdown(brief)).toContain(`## ${heading}`);
    expect(handoffBriefToMarkdown(brief)).not.toContain(
      heading === 'Why they bought' ? 'Why they are moving' : 'Why they bought',
    );
  });

  it('carries the leading motivation’s path, onboarding emphasis, hand-off notes and what to avoid', () => {
    const brief = buildHandoffBrief(input());
    expect(brief.motivations.map((m) => m.motivation)).toEqual(['relief', 'risk']);
    expect(brief.path).toEqual(catalogue.relief.path);
    expect(brief.onboardingEmphasis).toEqual(catalogue.relief.onboarding);
    expect(brief.handoffNotes).toEqual(catalogue.relief.handoff);
    expect(brief.avoid).toEqual(catalogue.relief.avoid);
  });

  it.each([
    [
      'notes tagged as promises are the promises made (tags are case-insensitive)',
      NOTES,
      ['Promised a dedicated onboarding session for the finance team'],
    ],
    ['untagged notes are not promises', NOTES.slice(1), []],
  ])('%s', (_rule, notes, expected) => {
    expect(buildHandoffBrief(input({ notes })).promises.map((p) => p.text)).toEqual(expected);
  });

  it('lists who is who by influence, then name', () => {
    expect(buildHandoffBrief(input()).people.map((p) => p.name)).toEqual([
      'Cara Champ',
      'Eli Buyer',
      'Fay Finance',
      'Dee User',
    ]);
  });

  it.each([
    [
      'no success metric agreed',
      { account: account({ successMetric: undefined }) },
      /No success metric was agreed/,
    ],
    ['no promises recorded', { notes: [] }, /No promises were recorded/],
  ])('flags the risk of %s', (_rule, overrides, pattern) => {
    expect(
      buildHandoffBrief(input(overrides))
        .risks.map((r) => r.text)
        .join('\n'),
    ).toMatch(pattern);
  });

  it('scores the account itself when no scores are passed: recent risk evidence outweighs old relief', () => {
    const brief = buildHandoffBrief(input({ scores: undefined }));
    expect(brief.motivations[0]?.motivation).toBe('risk');
  });

  it('picks hand-off entries from the playbook for onboarding', () => {
    const { playbook: picks } = buildHandoffBrief(input());
    expect(picks.some((p) => p.entry.kind === 'handoff' && p.motivation === 'relief')).toBe(true);
  });

  it('renders Markdown sections and escapes note text', () => {
    const notes = [{ ...NOTES[0]!, text: 'Promised <b>free</b> months\n- and *more*' }];
    const text = handoffBriefToMarkdown(buildHandoffBrief(input({ notes })));
    for (const h of [
      '## Why they bought',
      '## The path it calls for',
      '## Onboarding emphasis',
      '## The success metric',
      '## Who is who',
      '## Promises made',
      '## Risks',
    ]) {
      expect(text).toContain(h);
    }
    expect(text).toContain('> Promised \\<b\\>free\\</b\\> months\n> \\- and \\*more\\*');
  });
});

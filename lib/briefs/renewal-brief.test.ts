import { describe, expect, it } from 'vitest';
import { MOTIVATION_CATALOGUE as catalogue } from '../domain/motivations/catalogue';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default/all-entries';
import { person } from '../domain/diagnosis/test-builders';
import { buildRenewalBrief, type RenewalBriefInput } from './renewal-brief';
import { renewalBriefToMarkdown } from './renewal-brief-markdown';
import { account, buyer, champion, cfo, EVIDENCE, NOTES, NOW, SALE_AT, user } from './test-fixtures';

const input = (overrides: Partial<RenewalBriefInput> = {}): RenewalBriefInput => ({
  account: account(),
  people: [champion, buyer, user, cfo],
  saleAt: SALE_AT,
  evidence: EVIDENCE,
  catalogue,
  playbook,
  now: NOW,
  ...overrides,
});

describe('buildRenewalBrief', () => {
  it('says why they bought from the evidence before the sale, with confirmed quotes first and no rejected ones', () => {
    const [top] = buildRenewalBrief(input()).whyTheyBought;
    expect(top).toMatchObject({ motivation: 'relief', name: catalogue.relief.name });
    expect(top!.quotes.map((q) => q.text)).toEqual([
      'We are drowning at month end',
      'Please make the spreadsheets stop',
    ]);
  });

  it.each([
    [
      'the promised metric is used when recorded',
      account(),
      { text: 'Close in 3 working days', source: 'promised' },
    ],
    [
      'otherwise the top motivation’s metric is suggested',
      account({ successMetric: undefined }),
      { text: catalogue.relief.successMetric, source: 'suggested' },
    ],
  ])('success metric: %s', (_rule, acc, expected) => {
    expect(buildRenewalBrief(input({ account: acc })).successMetric).toEqual(expected);
  });

  it('says "no baseline yet" instead of flagging everyone as joined when no roster of the sale exists', () => {
    const brief = buildRenewalBrief(input());
    expect(brief.baseline).toBe('none');
    expect(brief.stakeholderChanges).toBeNull();
    expect(brief.risks.map((r) => r.text).join('\n')).not.toMatch(/since the sale|not part of the original/);
    expect(renewalBriefToMarkdown(brief)).toContain('No baseline yet');
  });

  it('compares with the group at the sale when a snapshot exists', () => {
    const departed = person({ id: 'old', name: 'Otto Old', roles: ['champion'], stance: 'champion' });
    const brief = buildRenewalBrief(
      input({ peopleAtSale: [champion, { ...buyer, stance: 'champion' }, user, departed] }),
    );
    expect(brief.baseline).toBe('sale-roster');
    expect(brief.stakeholderChanges?.left.map((p) => p.id)).toEqual(['old']);
    expect(brief.stakeholderChanges?.changed.map((x) => x.person.id)).toEqual(['eb']);
    expect(brief.risks[0]).toMatchObject({ severity: 'high', text: expect.stringContaining('Otto Old') });
  });

  it.each([
    ['a new budget holder', /Fay Finance now holds budget or approval/, true],
    ['the motivation moved from relief to risk', /They bought for relief; today risk leads/, false],
    ['renewal is close', /Renewal is 20 days away/, false],
  ])('lists the risk of %s', (_rule, pattern, needsRoster) => {
    expect(
      buildRenewalBrief(input(needsRoster ? { peopleAtSale: [champion, buyer, user] } : {}))
        .risks.map((r) => r.text)
        .join('\n'),
    ).toMatch(pattern);
  });

  it('offers a renewal talk track from the playbook, each pick explained', () => {
    const { talkTrack } = buildRenewalBrief(input());
    expect(talkTrack.length).toBeGreaterThanOrEqual(3);
    for (const p of talkTrack) {
      expect(p.entry.stages.length === 0 || p.entry.stages.includes('renewal')).toBe(true);
      expect(p.explanation).toMatch(/Renewal|general/);
    }
    expect(talkTrack.some((p) => p.motivation === 'relief' || p.motivation === 'risk')).toBe(true);
  });

  it.each([
    ['discovery', 'Why they are moving'],
    ['evaluation', 'Why they are moving'],
    ['onboarding', 'Why they bought'],
    ['renewal', 'Why they bought'],
  ] as const)('at %s the motivations are headed "%s"', (stage, heading) => {
    const brief = buildRenewalBrief(input({ account: account({ stage }) }));
    expect(brief.headings.why).toBe(heading);
    expect(renewalBriefToMarkdown(brief)).toContain(`## ${heading}`);
  });

  it('before a sale never speaks of the renewal or the sale, and compares with no baseline', () => {
    const brief = buildRenewalBrief(
      input({ account: account({ stage: 'discovery', renewalDate: undefined }) }),
    );
    const text = renewalBriefToMarkdown(brief);
    expect(brief.baseline).toBe('before-sale');
    expect(text).not.toMatch(/at renewal|since the sale|Renewal brief|Renewal talk track/i);
    for (const p of brief.talkTrack)
      expect(p.entry.stages.length === 0 || p.entry.stages.includes('discovery')).toBe(true);
  });

  it.each([
    [
      'an outage in an email',
      { source: 'email', quote: 'The outage last Tuesday cost us a full day of invoicing' },
      'outage',
      'email',
    ],
    [
      'an escalation on a call',
      { source: 'caption', quote: 'I had to escalate this to our COO' },
      'escalation',
      'call',
    ],
  ] as const)('turns %s into a risk with its quote', (_rule, over, kind, source) => {
    const quoted = {
      ...EVIDENCE[0]!,
      id: 'w1',
      status: 'suggested' as const,
      at: '2026-11-02T00:00:00.000Z',
      ...over,
    };
    const risk = buildRenewalBrief(input({ evidence: [...EVIDENCE, quoted] })).risks.find(
      (r) => r.kind === kind,
    );
    expect(risk).toMatchObject({ quote: { text: over.quote, source } });
  });

  it('turns a promise in a note into a risk with the note’s words', () => {
    const brief = buildRenewalBrief(input({ notes: NOTES }));
    expect(brief.risks.find((r) => r.kind === 'promise')).toMatchObject({
      quote: { text: 'Promised a dedicated onboarding session for the finance team', source: 'note' },
    });
  });

  it('carries the contract fields recorded on the account', () => {
    const brief = buildRenewalBrief(
      input({
        account: account({ contractValue: 48000, contractTermMonths: 12, contractStart: '2026-01-15' }),
      }),
    );
    expect(brief.contract).toEqual({ value: 48000, termMonths: 12, start: '2026-01-15' });
    expect(renewalBriefToMarkdown(brief)).toMatch(/48,?000.*12 months/);
  });

  it('fills the talk track’s slots from confirmed facts or leaves [prompts]', () => {
    const { talkTrack } = buildRenewalBrief(input());
    for (const p of talkTrack) expect(p.entry.text).not.toMatch(/\{[a-z_]+\}/);
  });

  it('renders Markdown with every section and escapes page text', () => {
    const hostile = { ...EVIDENCE[0]!, quote: '# Owned\n[click](javascript:alert(1)) <script>x</script>' };
    const text = renewalBriefToMarkdown(
      buildRenewalBrief(
        input({
          evidence: [hostile, ...EVIDENCE.slice(1)],
          account: account({ name: 'Acme *Bold*' }),
          peopleAtSale: [champion, buyer, user],
        }),
      ),
    );
    for (const heading of [
      '# Renewal brief: Acme \\*Bold\\*',
      '## Why they bought',
      '## The success metric promised',
      '## Who changed since the sale',
      '## Risks',
      '## Renewal talk track',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('> \\# Owned');
    expect(text).not.toMatch(/[^\\]\[click\]\(/);
    expect(text).not.toContain('<script>');
  });
});

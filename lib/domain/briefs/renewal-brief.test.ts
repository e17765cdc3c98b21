import { describe, expect, it } from 'vitest';
import { MOTIVATION_CATALOGUE as catalogue } from '../motivations/catalogue';
import { DEFAULT_PLAYBOOK as playbook } from '../../playbook/default/all-entries';
import { person } from '../diagnosis/test-builders';
import { buildRenewalBrief, type RenewalBriefInput } from './renewal-brief';
import { renewalBriefToMarkdown } from './renewal-brief-markdown';
import { account, buyer, champion, cfo, EVIDENCE, NOW, SALE_AT, user } from './test-fixtures';

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

  it('infers who joined from createdAt when no snapshot of the group at the sale exists', () => {
    const c = buildRenewalBrief(input()).stakeholderChanges;
    expect(c.added.map((p) => p.id)).toEqual(['fa']);
  });

  it('compares with the group at the sale when a snapshot exists', () => {
    const departed = person({ id: 'old', name: 'Otto Old', roles: ['champion'], stance: 'champion' });
    const brief = buildRenewalBrief(
      input({ peopleAtSale: [champion, { ...buyer, stance: 'champion' }, user, departed] }),
    );
    expect(brief.stakeholderChanges.left.map((p) => p.id)).toEqual(['old']);
    expect(brief.stakeholderChanges.changed.map((x) => x.person.id)).toEqual(['eb']);
    expect(brief.risks[0]).toMatchObject({ severity: 'high', text: expect.stringContaining('Otto Old') });
  });

  it.each([
    ['a new budget holder', /Fay Finance now holds budget or approval/],
    ['the motivation moved from relief to risk', /They bought for relief; today risk leads/],
    ['renewal is close', /Renewal is 20 days away/],
  ])('lists the risk of %s', (_rule, pattern) => {
    expect(
      buildRenewalBrief(input())
        .risks.map((r) => r.text)
        .join('\n'),
    ).toMatch(pattern);
  });

  it('offers a renewal talk track from the playbook, each pick explained', () => {
    const { talkTrack } = buildRenewalBrief(input());
    expect(talkTrack.length).toBeGreaterThanOrEqual(3);
    for (const p of talkTrack) {
      expect(p.entry.stages.length === 0 || p.entry.stages.includes('renewal')).toBe(true);
      expect(p.explanation).toMatch(/renewal|general/);
    }
    expect(talkTrack.some((p) => p.motivation === 'relief' || p.motivation === 'risk')).toBe(true);
  });

  it('renders Markdown with every section and escapes page text', () => {
    const hostile = { ...EVIDENCE[0]!, quote: '# Owned\n[click](javascript:alert(1)) <script>x</script>' };
    const text = renewalBriefToMarkdown(
      buildRenewalBrief(
        input({ evidence: [hostile, ...EVIDENCE.slice(1)], account: account({ name: 'Acme *Bold*' }) }),
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

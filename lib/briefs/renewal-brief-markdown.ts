/** The renewal brief as Markdown, for copying into a CRM note or an email. */
import { motivationsMarkdown, picksMarkdown } from './brief-markdown-parts';
import { labelsOf } from '../domain/vocabulary-labels';
import { md, mdList, mdSections } from './markdown';
import type { RenewalBrief } from './renewal-brief';

/** Renders the brief; all record and page text is escaped (see markdown.ts). */
export function renewalBriefToMarkdown(brief: RenewalBrief): string {
  const when =
    brief.renewalDate === undefined
      ? 'Renewal date not recorded.'
      : `Renews on ${brief.renewalDate}${brief.daysToRenewal !== undefined ? ` (${brief.daysToRenewal} days)` : ''}.`;
  const metric = brief.successMetric
    ? `${md(brief.successMetric.text)}${brief.successMetric.source === 'suggested' ? ' _(not recorded at the sale; suggested from their motivation)_' : ''}`
    : '_None recorded._';
  const c = brief.stakeholderChanges ?? { added: [], left: [], changed: [] };
  const changes = [
    ...c.added.map((p) => `Joined: **${md(p.name)}** (${md(labelsOf(p.roles) || 'no role yet')})`),
    ...c.left.map((p) => `Left: **${md(p.name)}** (${md(labelsOf(p.roles) || 'no role')})`),
    ...c.changed.map((x) => {
      const parts = [
        x.stance && `stance ${x.stance.from} → ${x.stance.to}`,
        x.influence && `influence ${x.influence.from} → ${x.influence.to}`,
        x.rolesAdded.length && `now ${x.rolesAdded.join(', ')}`,
        x.rolesRemoved.length && `no longer ${x.rolesRemoved.join(', ')}`,
      ].filter(Boolean);
      return `Changed: **${md(x.person.name)}**: ${md(parts.join('; '))}`;
    }),
  ];
  const after = brief.phase === 'after-sale';
  return mdSections(
    `# ${brief.headings.title}: ${md(brief.accountName)}`,
    after ? when : brief.renewalDate && when,
    brief.contract && contractLine(brief.contract),
    `## ${brief.headings.why}\n\n${motivationsMarkdown(brief.whyTheyBought)}`,
    `## ${after ? 'The success metric promised' : 'The success metric'}\n\n${metric}`,
    after && `## How they have moved\n\n${md(brief.movement.summary)}`,
    brief.baseline === 'sale-roster' &&
      `## Who changed since the sale\n\n${mdList(changes, '_No changes recorded._')}`,
    brief.baseline === 'none' &&
      '## Who changed\n\n_No baseline yet: no record of the buying group at the sale. Record it now to compare at the next renewal._',
    `## Risks\n\n${mdList(
      brief.risks.map(
        (r) =>
          `**${r.severity}**: ${md(r.text)}${r.quote ? `\n  > ${md(r.quote.text)} (${r.quote.source}, ${r.quote.at.slice(0, 10)})` : ''}`,
      ),
      '_No risks found._',
    )}`,
    `## ${brief.headings.talkTrack}\n\n${picksMarkdown(brief.talkTrack, 'No playbook entries match yet.')}`,
  );
}

/** "Contract: 48,000 a year · 12 months · from 2026-01-15". */
export function contractLine(c: NonNullable<RenewalBrief['contract']>): string {
  return [
    'Contract:',
    [
      c.value !== undefined && `${c.value.toLocaleString('en-GB')} a year`,
      c.termMonths !== undefined && `${c.termMonths} months`,
      c.start && `from ${c.start}`,
    ]
      .filter(Boolean)
      .join(' · '),
  ].join(' ');
}

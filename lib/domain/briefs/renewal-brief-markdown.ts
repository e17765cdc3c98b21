/** The renewal brief as Markdown, for copying into a CRM note or an email. */
import { motivationsMarkdown, picksMarkdown } from './brief-markdown-parts';
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
  const c = brief.stakeholderChanges;
  const changes = [
    ...c.added.map((p) => `Joined: **${md(p.name)}** (${md(p.roles.join(', ') || 'no role yet')})`),
    ...c.left.map((p) => `Left: **${md(p.name)}** (${md(p.roles.join(', ') || 'no role')})`),
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
  return mdSections(
    `# Renewal brief: ${md(brief.accountName)}`,
    when,
    `## Why they bought\n\n${motivationsMarkdown(brief.whyTheyBought)}`,
    `## The success metric promised\n\n${metric}`,
    `## How they have moved\n\n${md(brief.movement.summary)}`,
    `## Who changed since the sale\n\n${mdList(changes, '_No changes recorded._')}`,
    `## Risks\n\n${mdList(
      brief.risks.map((r) => `**${r.severity}**: ${md(r.text)}`),
      '_No risks found._',
    )}`,
    `## Renewal talk track\n\n${picksMarkdown(brief.talkTrack, 'No playbook entries match yet.')}`,
  );
}

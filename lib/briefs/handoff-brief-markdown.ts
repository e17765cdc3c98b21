/** The hand-off brief as Markdown for the onboarding / customer-success team. */
import { labelOf } from '../domain/vocabulary-labels';
import { motivationsMarkdown, peopleMarkdown, picksMarkdown } from './brief-markdown-parts';
import type { HandoffBrief } from './handoff-brief';
import { md, mdList, mdQuote, mdSections } from './markdown';

/** Renders the brief; all record and page text is escaped (see markdown.ts). */
export function handoffBriefToMarkdown(brief: HandoffBrief): string {
  const metric = brief.successMetric
    ? `${md(brief.successMetric.text)}${brief.successMetric.source === 'suggested' ? ' _(suggested: none was agreed in the sale)_' : ''}`
    : '_None recorded._';
  return mdSections(
    `# Hand-off brief: ${md(brief.accountName)}`,
    brief.motion && `Motion: ${labelOf(brief.motion)}.`,
    `## ${brief.whyHeading}\n\n${motivationsMarkdown(brief.motivations)}`,
    brief.path && `## The path it calls for\n\n**${md(brief.path.name)}**: ${md(brief.path.description)}`,
    `## Onboarding emphasis\n\n${mdList(brief.onboardingEmphasis.map(md))}`,
    `## The success metric\n\n${metric}`,
    `## Who is who\n\n${peopleMarkdown(brief.people)}`,
    `## Promises made\n\n${brief.promises.length ? brief.promises.map((p) => `${mdQuote(p.text)}\n> (${p.at.slice(0, 10)})`).join('\n\n') : '_None recorded._'}`,
    `## What to avoid\n\n${mdList(brief.avoid.map(md))}`,
    `## Notes for the next team\n\n${mdList(brief.handoffNotes.map(md))}`,
    `## Risks\n\n${mdList(
      brief.risks.map((r) => `**${r.severity}**: ${md(r.text)}`),
      '_No risks found._',
    )}`,
    `## From the playbook\n\n${picksMarkdown(brief.playbook, 'No hand-off entries match yet.')}`,
  );
}

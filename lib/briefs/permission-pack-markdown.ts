/** The permission pack as Markdown the champion can forward or paste into their own document. */
import { pickMarkdown } from './brief-markdown-parts';
import { describePersonLine } from './brief-parts';
import { md, mdList, mdQuote, mdSections } from './markdown';
import type { PermissionPack } from './permission-pack';

/** Renders the pack; all record and page text is escaped (see markdown.ts). */
export function permissionPackToMarkdown(pack: PermissionPack): string {
  const answers = pack.answers.map((a) =>
    [
      `### ${md(a.person.name)} (${md(describePersonLine(a.person))})`,
      `**Likely question:** ${md(a.objection)}`,
      `**How to answer:** ${md(a.answer)}`,
      a.caresAbout && `**What they care about:** ${md(a.caresAbout)}`,
      a.reply && `**A line that fits:** ${pickMarkdown(a.reply)}`,
    ]
      .filter(Boolean)
      .join('\n\n'),
  );
  return mdSections(
    `# Permission pack: ${md(pack.accountName)}`,
    `For ${md(pack.champion.name)}, to make the case inside ${md(pack.accountName)}.`,
    `## The case in your words\n\n${pack.caseInTheirWords.length ? pack.caseInTheirWords.map((c) => `**${md(c.prompt)}**\n\n${mdQuote(c.answer)}`).join('\n\n') : '_No discovery answers recorded yet._'}`,
    pack.quotes.length > 0 &&
      `### What the team has said\n\n${pack.quotes.map((q) => mdQuote(q.text)).join('\n\n')}`,
    `## Answers for each stakeholder\n\n${answers.length ? answers.join('\n\n') : '_Nobody else is on the map yet._'}`,
    `## Proof to forward\n\n${mdList(pack.proof.map(pickMarkdown), '_No proof matched yet._')}`,
    '## One-page summary\n\n_A separate document for the customer: copy it from “One-pager for the customer”._',
  );
}

/** The customer one-pager as Markdown: what the champion forwards, nothing of the team's notes. */
import type { CustomerOnePager } from './customer-one-pager';
import { md, mdSections } from './markdown';

/** Renders the one-pager; all record and page text is escaped (see markdown.ts). */
export function customerOnePagerToMarkdown(page: CustomerOnePager): string {
  return mdSections(
    `# ${md(page.title)}`,
    `**The problem.** ${md(page.problem)}`,
    `**What changes.** ${md(page.outcome)}`,
    `**Why now.** ${md(page.whyNow)}`,
    `**How we will know.** ${md(page.measure)}`,
    `**Proof.** ${page.proof.length ? page.proof.map(md).join('; ') : '[proof to attach]'}`,
    `**The ask.** ${md(page.ask)}`,
  );
}

/** The call recap as Markdown: the call note's text and the export. Page text is escaped. */
import { md, mdList, mdSections } from '../markdown';
import type { MotivationId } from '../../domain/vocabulary';
import type { CallRecap } from './build-recap';
import type { Commitment } from '../../domain/recap/commitments';

const OWNER: Record<Commitment['owner'], string> = {
  seller: 'Us',
  buyer: 'Them',
  both: 'Both',
  unknown: 'Not named yet',
};

const quoteLine = (quote: string, speaker?: string) => `“${md(quote)}”${speaker ? ` (${md(speaker)})` : ''}`;

export function commitmentLine(c: Commitment): string {
  const due = c.due ? ` — ${md(c.due.words)}${c.due.date ? ` (${c.due.date})` : ''}` : '';
  return `${OWNER[c.owner]}: ${md(c.action)}${due}. ${quoteLine(c.quote, c.speaker)}`;
}

/** Renders the recap; `names` gives each motivation's display name (the catalogue's). */
export function recapToMarkdown(recap: CallRecap, names: Record<MotivationId, string>): string {
  const heard = recap.heard.map((h) => {
    const quotes = [
      ...h.confirmed.map((e) => quoteLine(e.quote ?? '', e.speaker)),
      ...h.suggested.map((e) => `${quoteLine(e.quote ?? '', e.speaker)} _(suggested, not confirmed)_`),
    ];
    return `**${md(names[h.motivation])}**\n${mdList(quotes)}`;
  });
  const speakers = recap.speakers.map((s) => `${md(s.name)}: ${s.lines} ${s.lines === 1 ? 'line' : 'lines'}`);
  return mdSections(
    `# Call recap: ${md(recap.title)}`,
    `_${recap.startedAt.slice(0, 16).replace('T', ' ')} UTC${recap.endedAt ? ` – ${recap.endedAt.slice(11, 16)}` : ''}_`,
    `## What we heard\n\n${heard.length ? heard.join('\n\n') : '_No motivation heard in the captions._'}`,
    `## Who spoke\n\n${mdList(speakers, '_No captions were read._')}`,
    recap.silent.length > 0 && `**Present but silent:** ${recap.silent.map(md).join(', ')}`,
    `## Commitments and next steps\n\n${mdList(recap.commitments.map(commitmentLine), '_None said on the call._')}`,
    `## Risks raised\n\n${mdList(
      recap.risks.map((r) => `${md(r.kind)}: ${quoteLine(r.quote, r.speaker)}`),
      '_None heard._',
    )}`,
    `## Discovery\n\n**Still open**\n${mdList(
      recap.open.map((q) => md(q.prompt)),
      '_All answered._',
    )}\n\n**Answered**\n${mdList(recap.answered.map((q) => `${md(q.prompt)} ${md(q.answer)}`))}`,
    recap.notDiagnosed.length > 0 &&
      `## Not diagnosed\n\n${recap.notDiagnosed
        .map(
          (n) =>
            `**${md(n.language)}**, kept as said; nothing was read from these lines.\n${mdList(n.lines.map((l) => `${md(l.speaker)}: ${md(l.text)}`))}`,
        )
        .join('\n\n')}`,
  );
}

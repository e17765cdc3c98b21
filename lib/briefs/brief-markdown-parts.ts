/** Markdown for the parts briefs share. Every value from a record or a page goes through md(). */
import { labelOf } from '../domain/vocabulary-labels';
import type { PlaybookPick } from '../playbook/match-playbook';
import type { MotivationSummary, PersonLine } from './brief-parts';
import { describePersonLine } from './brief-parts';
import { md, mdLink, mdList, mdQuote } from './markdown';

/** "Relief (0.82)" followed by its quotes as block quotes. */
export function motivationsMarkdown(list: readonly MotivationSummary[]): string {
  if (list.length === 0) return '_No clear motivation was recorded._';
  return list
    .map((m) => {
      const head = `- **${md(m.name)}** (${m.score.toFixed(2)})`;
      // The attribution is the quote's last line, so it stays inside the quote block.
      const quotes = m.quotes.map((q) => {
        const who = [
          q.speaker && md(q.speaker),
          q.at.slice(0, 10),
          !q.confirmed && 'suggested, not yet confirmed',
        ]
          .filter(Boolean)
          .join(', ');
        return `${mdQuote(q.text)}\n> (${who})`
          .split('\n')
          .map((l) => `  ${l}`)
          .join('\n');
      });
      return [head, ...quotes].join('\n');
    })
    .join('\n');
}

export function peopleMarkdown(people: readonly PersonLine[]): string {
  return mdList(
    people.map((p) => `**${md(p.name)}**${p.title ? `, ${md(p.title)}` : ''}: ${md(describePersonLine(p))}`),
  );
}

/** A playbook pick as a bullet: title, the words, proof if any, and why it was picked. */
export function pickMarkdown(p: PlaybookPick): string {
  const proof = p.entry.proof
    ? ` Proof: ${p.entry.proof.url ? mdLink(p.entry.proof.label ?? p.entry.proof.type, p.entry.proof.url) : md(p.entry.proof.label ?? p.entry.proof.type)}.`
    : '';
  return `**${md(p.entry.title)}** (${labelOf(p.entry.kind)}): ${md(p.entry.text)}${proof} _Why: ${md(p.explanation)}._`;
}

export function picksMarkdown(picks: readonly PlaybookPick[], empty: string): string {
  return mdList(picks.map(pickMarkdown), `_${empty}_`);
}

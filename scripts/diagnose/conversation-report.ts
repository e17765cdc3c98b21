/**
 * `--format md`: a readable diagnosis of the whole conversation. Motivation scores combine
 * the line scores as independent evidence (1 − Π(1 − score)), so repeated signals raise a
 * score without ever passing 1; each motivation shows its strongest quotes and who said them.
 */
import { MOTIVATION_CATALOGUE } from '../../lib/domain/motivations/catalogue';
import { MOTIVATIONS } from '../../lib/domain/vocabulary';
import type { LineDiagnosis } from './line-diagnosis';

const QUOTES_PER_MOTIVATION = 3;
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Renders the Markdown report. */
export function renderMarkdown(fileName: string, lines: readonly LineDiagnosis[]): string {
  const out: string[] = [`# Diagnosis: ${fileName}`, ''];
  const sides = { buyer: 0, seller: 0, unknown: 0 };
  lines.forEach((l) => sides[l.side]++);
  out.push(
    `${lines.length} lines read: ${sides.buyer} buyer, ${sides.seller} seller (ignored), ${sides.unknown} unmarked.`,
    '',
  );
  const scored = MOTIVATIONS.map((motivation) => {
    const hits = lines.flatMap((l) =>
      l.detection.motivations.filter((d) => d.motivation === motivation).map((d) => ({ d, l })),
    );
    const score = 1 - hits.reduce((p, h) => p * (1 - h.d.confidence), 1);
    return { motivation, score, hits: hits.sort((a, b) => b.d.confidence - a.d.confidence) };
  })
    .filter((s) => s.hits.length > 0)
    .sort((a, b) => b.score - a.score);
  out.push('## Top motivations', '');
  if (scored.length === 0) out.push('No motivation evidence found in the buyer lines.', '');
  for (const { motivation, score, hits } of scored) {
    const profile = MOTIVATION_CATALOGUE[motivation];
    out.push(`### ${profile.name} (${pct(score)}, ${hits.length} line${hits.length === 1 ? '' : 's'})`, '');
    out.push(`${profile.summary} Path: ${profile.path.name.toLowerCase()}.`, '');
    for (const { d, l } of hits.slice(0, QUOTES_PER_MOTIVATION)) {
      out.push(
        `- "${d.quote.replace(/\s+/g, ' ')}" (${l.line.speaker ?? 'unknown speaker'}, line ${l.line.id}, ${pct(d.confidence)})`,
      );
    }
    out.push('');
  }
  const roles = lines.flatMap((l) => l.detection.roles.map((r) => ({ r, l })));
  out.push('## Who is in the decision', '');
  if (roles.length === 0) out.push('No role cues found.');
  for (const { r, l } of roles) {
    out.push(
      `- ${r.role}: "${r.quote.replace(/\s+/g, ' ')}" (${l.line.speaker ?? 'unknown speaker'}, line ${l.line.id})`,
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}

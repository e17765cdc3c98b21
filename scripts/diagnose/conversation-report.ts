/**
 * `--format md`: the conversation read the way a sales manager writes up a call. Consecutive
 * lines of one speaker are one turn (captions split a turn into cues); the turns go through
 * `diagnoseConversation` (diminishing returns per turn and per speaker). The notes say what
 * is clear, with the buyer's strongest words and where they are in the file; what is still
 * unknown, with the question to ask next; and who is in the decision.
 */
import {
  diagnoseConversation,
  type ConversationQuote,
  type TurnSignal,
} from '../../lib/domain/diagnosis/conversation-diagnosis';
import { MOTIVATION_CATALOGUE } from '../../lib/domain/motivations/catalogue';
import { labelOf } from '../../lib/domain/vocabulary-labels';
import { cutText } from '../../lib/domain/text';
import { reported, type LineDiagnosis } from './line-diagnosis';
import type { OperatingPoint } from '../../lib/domain/detector/types';

/** Never "100%": no reading of what someone said is certain. */
const pct = (x: number) => `${Math.min(99, Math.round(x * 100))}%`;
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

const said = (q: ConversationQuote) =>
  `"${cutText(q.quote.replace(/\s+/g, ' '), 220)}" (${q.speaker}, line ${q.line})`;

/** Consecutive evidence lines of one speaker become one turn, scored once per motivation. */
export function turnsOf(lines: readonly LineDiagnosis[], point: OperatingPoint): TurnSignal[] {
  const turns: TurnSignal[] = [];
  let previous: string | undefined;
  for (const l of lines) {
    if (l.side === 'seller' || l.line.notOwnWords) {
      previous = undefined;
      continue;
    }
    const speaker = l.line.speaker ?? 'the buyer';
    // A quote on a continuation line names that line of the file.
    const at = <T extends { span: { start: number } }>(d: T) => ({
      ...d,
      line: l.line.sourceLine + (l.line.text.slice(0, d.span.start).match(/\n/g)?.length ?? 0),
    });
    const roles = reported(l.detection, point).roles.map(at);
    const motivations = l.detection.motivations.map(at);
    const last = turns[turns.length - 1];
    if (last && previous === speaker) {
      turns[turns.length - 1] = {
        ...last,
        motivations: [...last.motivations, ...motivations],
        roles: [...last.roles, ...roles],
      };
    } else turns.push({ line: l.line.sourceLine, speaker, motivations, roles });
    previous = speaker;
  }
  return turns;
}

/** Renders the Markdown report. */
export function renderMarkdown(
  fileName: string,
  lines: readonly LineDiagnosis[],
  point: OperatingPoint,
  /** How the sides were decided (`decide-sides.ts`), said under the counts. */
  sidesNote = '',
): string {
  const turns = turnsOf(lines, point);
  const { claimed, unknown, roles } = diagnoseConversation(turns);
  const sides = { buyer: 0, seller: 0, unknown: 0, notes: 0 };
  lines.forEach((l) => (l.line.notOwnWords ? sides.notes++ : sides[l.side]++));
  const out = [
    `# Call notes: ${fileName}`,
    '',
    `Read ${count(turns.length, 'customer turn')} (${count(sides.buyer + sides.unknown, 'line')}); ` +
      `${count(sides.seller, 'seller line')} and ${count(sides.notes, 'header or note line')} are not evidence.`,
    ...(sidesNote ? ['', sidesNote] : []),
    '',
    '## What is driving them',
    '',
  ];
  if (claimed.length === 0) out.push('Nothing clear yet: no motivation has enough evidence to plan on.', '');
  for (const c of claimed) {
    const profile = MOTIVATION_CATALOGUE[c.motivation];
    const spread = `${count(c.turns, 'turn')}, ${count(c.speakers, 'speaker')}`;
    out.push(`### ${profile.name}: ${pct(c.score)} (${spread})`, '');
    // However strong, one turn is a lead, not a finding.
    if (c.turns === 1) out.push('Heard in one turn only: confirm it with them before planning on it.', '');
    out.push(`${profile.summary}`, '');
    for (const q of c.quotes) out.push(`- ${said(q)}`);
    out.push(
      '',
      `Next: take the ${profile.path.name.toLowerCase()}; they need ${profile.needs[0]!.toLowerCase()}.`,
      '',
    );
  }
  out.push('## Still unknown: ask next', '');
  if (unknown.length === 0) out.push('Nothing obvious: confirm the above with the buyer.');
  for (const u of unknown) {
    const what = u.about === 'decision' ? 'The decision' : MOTIVATION_CATALOGUE[u.about].name;
    out.push(
      `- **${what}**: ${u.reason}${u.hint ? `; hint: ${said(u.hint)}` : ''}.`,
      `  Ask: "${u.question}"`,
    );
  }
  out.push('', '## Who is in the decision', '');
  if (roles.length === 0) out.push('No role cues heard.');
  for (const r of roles) out.push(`- ${labelOf(r.role)}: ${r.quotes.map(said).join('; ')}`);
  return `${out.join('\n').trimEnd()}\n`;
}

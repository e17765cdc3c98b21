/**
 * `.txt` and `.md` transcripts. Text: one utterance per "Name: " line (a line right below
 * it continues it). Markdown: `**Name:** text` starts an utterance and the lines right below
 * it continue it. Everything else is kept but is never evidence: a title block, participant
 * lists and outcomes ("Participants: …", lines before the first turn), the rep's notes
 * (bullets, text after a blank line, sections headed "Notes", "Next steps"…). A `.txt`
 * without any speaker is read as one email, minus its quoted replies and signature.
 */
import { ownWordRegions } from '../../lib/domain/detector/buyer-text-regions';
import {
  HEADER_LABEL,
  NOTES_HEADING,
  TranscriptError,
  fileLines,
  type TranscriptLine,
} from './transcript-line';

/** 0-based numbers of the lines that are the author's own words. */
function ownLineNumbers(text: string): Set<number> {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const own = new Set<number>();
  for (const region of ownWordRegions(text)) own.add(starts.indexOf(region.start));
  return own;
}

const NAMED_LINE = /^([A-Z][\w.'’() -]{0,40}):\s+(.+)$/;
const MD_SPEAKER = /^\*\*([^*]+?):\*\*\s*(.*)$/;
const BULLET = /^([-*•]|\d+[.)])\s/;

/** A speaker turn, or undefined when the "Name:" is a header label. */
function speakerOf(match: RegExpExecArray | null): { speaker: string; text: string } | undefined {
  if (!match || HEADER_LABEL.test(match[1]!.trim())) return undefined;
  return { speaker: match[1]!.trim(), text: match[2]! };
}

/** "Outcome: …", "**Participants:** …": metadata lines, whatever follows them. */
function isHeader(line: string): boolean {
  const match = MD_SPEAKER.exec(line) ?? NAMED_LINE.exec(line);
  return match !== null && HEADER_LABEL.test(match[1]!.trim());
}

/** Shared reader: `turnOf` recognises a speaker line; plain lines continue the turn just above. */
function readTurns(
  text: string,
  turnOf: (line: string) => { speaker: string; text: string } | undefined,
  isMarkdown: boolean,
): TranscriptLine[] {
  const out: TranscriptLine[] = [];
  let open: TranscriptLine | undefined;
  let inNotes = false;
  fileLines(text).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return void (open = undefined);
    if (isMarkdown && line.startsWith('#')) {
      inNotes = NOTES_HEADING.test(line);
      open = undefined;
      return;
    }
    const turn = turnOf(line);
    if (isHeader(line)) open = undefined;
    if (turn) {
      inNotes = false;
      out.push((open = { id: String(out.length + 1), ...turn, sourceLine: i + 1 }));
    } else if (isMarkdown && line.startsWith('**') && MD_SPEAKER.test(line) === false) {
      throw new TranscriptError(i + 1, 'expected "**Name:** text"');
    } else if (open && !inNotes && !BULLET.test(line)) {
      open.text = open.text ? `${open.text}\n${line}` : line;
    } else {
      out.push({ id: String(out.length + 1), text: line, sourceLine: i + 1, notOwnWords: true });
    }
  });
  return out;
}

/** Parses a plain-text transcript, or an email when no line has a speaker. */
export function parseText(text: string): TranscriptLine[] {
  const lines = fileLines(text);
  const turnOf = (line: string) => speakerOf(NAMED_LINE.exec(line));
  if (lines.some((line) => turnOf(line.trim()))) return readTurns(text, turnOf, false);
  const own = ownLineNumbers(lines.join('\n'));
  const out: TranscriptLine[] = [];
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const header = NAMED_LINE.exec(line) && HEADER_LABEL.test(NAMED_LINE.exec(line)![1]!.trim());
    out.push({
      id: String(out.length + 1),
      text: line,
      sourceLine: i + 1,
      ...(!own.has(i) || header ? { notOwnWords: true } : {}),
    });
  });
  return out;
}

/** Parses a Markdown transcript of `**Name:** text` lines. */
export function parseMarkdown(text: string): TranscriptLine[] {
  return readTurns(text, (line) => speakerOf(MD_SPEAKER.exec(line)), true);
}

/**
 * `.txt` and `.md` transcripts: a speaker line starts an utterance (the shapes are in
 * `speaker-line.ts`: "Name: text", `**Name:** text`, timestamps, a speaker heading with the
 * words below) and the lines right below it continue it. Markdown may also quote the
 * transcript, link its speakers or tabulate it (`markdown-lines.ts`). Everything else is kept but is never evidence: a title block, participant
 * lists and outcomes ("Participants: …", lines before the first turn), the rep's notes
 * (bullets, text after a blank line, sections headed "Notes", "Next steps"…). A `.txt`
 * without any speaker is read as one email, minus its quoted replies and signature.
 */
import { ownWordRegions } from '../../lib/domain/detector/buyer-text-regions';
import {
  isDivider,
  tableCells,
  transcriptColumns,
  unquoted,
  withoutWikiLinks,
  type TranscriptColumns,
} from './markdown-lines';
import { headingNameOf, isHeaderLine, speakerHeadingOf, speakerTurnOf } from './speaker-line';
import { NOTES_HEADING, fileLines, type TranscriptLine } from './transcript-line';

/** 0-based numbers of the lines that are the author's own words. */
function ownLineNumbers(text: string): Set<number> {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const own = new Set<number>();
  for (const region of ownWordRegions(text)) own.add(starts.indexOf(region.start));
  return own;
}

const BULLET = /^([-*•]|\d+[.)])\s/;
/** In Markdown, a line opening in bold that is not a speaker is the writer's emphasis, a note. */
const BOLD_START = /^(\*\*|__)/;

/**
 * Headings that are speakers: names that head two sections or more ("### Tom Reyes" before
 * each of his turns). A section named once ("## Background") stays a section, and its text
 * the rep's notes.
 */
function recurringHeadingNames(text: string): Set<string> {
  const seen = new Map<string, number>();
  for (const raw of fileLines(text)) {
    const line = raw.trim();
    const name = line.startsWith('#') ? headingNameOf(line) : undefined;
    if (name && !NOTES_HEADING.test(name)) seen.set(name, (seen.get(name) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= 2).map(([name]) => name));
}

/** Reads turns: a speaker line starts one, a speaker heading starts one whose words follow, plain lines continue the turn just above. */
function readTurns(text: string, isMarkdown: boolean): TranscriptLine[] {
  const out: TranscriptLine[] = [];
  let open: TranscriptLine | undefined;
  let inNotes = false;
  const start = (speaker: string, said: string, i: number) => {
    inNotes = false;
    out.push((open = { id: String(out.length + 1), speaker, text: said, sourceLine: i + 1 }));
  };
  let table: { columns?: TranscriptColumns } | undefined;
  const headingSpeakers = isMarkdown ? recurringHeadingNames(text) : new Set<string>();
  fileLines(text).forEach((raw, i) => {
    let line = raw.trim();
    if (isMarkdown) {
      const quote = unquoted(line);
      if (quote.callout) {
        inNotes = NOTES_HEADING.test(quote.text);
        open = undefined;
        return;
      }
      line = withoutWikiLinks(quote.text).trim();
    }
    // A blank line ends a turn, except right below a speaker heading, before its words.
    if (!line) return void (open = open && !open.text ? open : undefined);
    if (isMarkdown && line.startsWith('#')) {
      const speaker = headingNameOf(line);
      if (speaker && headingSpeakers.has(speaker)) return void start(speaker, '', i);
      inNotes = NOTES_HEADING.test(line);
      open = undefined;
      return;
    }
    const cells = isMarkdown ? tableCells(line) : undefined;
    if (!cells) table = undefined;
    else if (isDivider(cells)) return;
    else if (!table) {
      // A header naming a speaker and a text column makes the rows turns; it is not said itself.
      table = { columns: transcriptColumns(cells) };
      if (table.columns) return;
    } else if (table.columns && !inNotes) {
      const speaker = cells[table.columns.speaker]?.replace(/\*\*|__/g, '').trim();
      const said = cells[table.columns.text];
      if (speaker && said) {
        start(speaker, said, i);
        open = undefined;
        return;
      }
    }
    const turn = speakerTurnOf(line);
    const heading = turn ? undefined : speakerHeadingOf(line);
    const header = !turn && !heading && isHeaderLine(line);
    if (turn) start(turn.speaker, turn.text, i);
    else if (heading) start(heading, '', i);
    else if (open && !inNotes && !header && !BULLET.test(line) && !(isMarkdown && BOLD_START.test(line))) {
      open.text = open.text ? `${open.text}\n${line}` : line;
    } else {
      if (header) open = undefined;
      out.push({ id: String(out.length + 1), text: line, sourceLine: i + 1, notOwnWords: true });
    }
  });
  // A heading with no words under it said nothing, and takes no number.
  return out
    .filter((l) => l.text !== '' || l.notOwnWords)
    .map((l, index) => ({ ...l, id: String(index + 1) }));
}

/**
 * A transcript has turns: two or more, or one that opens the file. A single "Important: …"
 * line inside an email does not make the email a transcript.
 */
function isTranscript(lines: readonly string[]): boolean {
  const content = lines.map((l) => l.trim()).filter(Boolean);
  const starts = content.filter((l) => speakerTurnOf(l) ?? speakerHeadingOf(l));
  return starts.length >= 2 || (starts.length === 1 && starts[0] === content.find((l) => !isHeaderLine(l)));
}

/** Parses a plain-text transcript, or an email when no line has a speaker. */
export function parseText(text: string): TranscriptLine[] {
  const lines = fileLines(text);
  if (isTranscript(lines)) return readTurns(text, false);
  const own = ownLineNumbers(lines.join('\n'));
  const out: TranscriptLine[] = [];
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const header = isHeaderLine(line);
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
  return readTurns(text, true);
}

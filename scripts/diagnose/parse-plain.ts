/**
 * `.txt` and `.md` transcripts. Text: one utterance per non-empty line, with an optional
 * "Name: " prefix. Markdown: `**Name:** text` starts an utterance, following plain lines
 * continue it, `#` headings are skipped; a `**` line in any other shape is an error.
 */
import { ownWordRegions } from '../../lib/domain/detector/buyer-text-regions';
import { TranscriptError, fileLines, type TranscriptLine } from './transcript-line';

/** 0-based numbers of the lines that are the author's own words. */
function ownLineNumbers(text: string): Set<number> {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const own = new Set<number>();
  for (const region of ownWordRegions(text)) own.add(starts.indexOf(region.start));
  return own;
}

const NAMED_LINE = /^([A-Z][\w.'’ -]{0,40}):\s+(.+)$/;
const MD_SPEAKER = /^\*\*([^*]+?):\*\*\s*(.*)$/;

/**
 * Parses a plain-text transcript. Without any "Name:" prefix the file is read as one email:
 * lines in its quoted replies and signature are marked `notOwnWords`.
 */
export function parseText(text: string): TranscriptLine[] {
  const out: TranscriptLine[] = [];
  const lines = fileLines(text);
  const isEmail = !lines.some((line) => NAMED_LINE.test(line.trim()));
  const own = ownLineNumbers(lines.join('\n'));
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const named = NAMED_LINE.exec(line);
    out.push({
      id: String(out.length + 1),
      speaker: named?.[1]?.trim(),
      text: named ? named[2]! : line,
      sourceLine: i + 1,
      ...(isEmail && !own.has(i) ? { notOwnWords: true } : {}),
    });
  });
  return out;
}

/** Parses a Markdown transcript of `**Name:** text` lines. */
export function parseMarkdown(text: string): TranscriptLine[] {
  const out: TranscriptLine[] = [];
  fileLines(text).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const speaker = MD_SPEAKER.exec(line);
    if (speaker) {
      out.push({
        id: String(out.length + 1),
        speaker: speaker[1]!.trim(),
        text: speaker[2]!,
        sourceLine: i + 1,
      });
    } else if (line.startsWith('**')) {
      throw new TranscriptError(i + 1, 'expected "**Name:** text"');
    } else if (out.length > 0) {
      const last = out[out.length - 1]!;
      last.text = last.text ? `${last.text}\n${line}` : line;
    } else {
      out.push({ id: String(out.length + 1), text: line, sourceLine: i + 1 });
    }
  });
  return out;
}

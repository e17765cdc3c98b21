/**
 * `.csv` and `.tsv` input: a header row naming a text column ("Text", "Utterance",
 * "Transcript"…; the names `markdown-lines.ts` knows for Markdown tables), and optionally a
 * speaker column, an `id` and a `side` or `role` column. Each row is one utterance, checked as
 * `.jsonl` objects are; errors name the file line. Quoted fields follow RFC 4180 (commas,
 * doubled quotes and line breaks inside quotes).
 */
import { utteranceOf } from './parse-jsonl';
import { SPEAKER_COLUMN, TEXT_COLUMN } from './markdown-lines';
import { TranscriptError, type TranscriptLine } from './transcript-line';

interface Row {
  cells: string[];
  /** 1-based file line the row starts on. */
  line: number;
}

function rows(text: string, separator: string): Row[] {
  const out: Row[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quotedFrom = 0;
  let inQuotes = false;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) out.push({ cells, line: rowLine });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else {
        if (ch === '\n') line++;
        if (ch !== '\r') cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      inQuotes = true;
      cell = '';
      quotedFrom = line;
    } else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n') {
      endRow();
      line++;
      rowLine = line;
    } else if (ch !== '\r') cell += ch;
  }
  if (inQuotes) throw new TranscriptError(quotedFrom, 'a quoted field is never closed');
  endRow();
  return out;
}

export function parseCsv(text: string, separator: ',' | '\t'): TranscriptLine[] {
  const [header, ...body] = rows(text.replace(/^\uFEFF/, ''), separator);
  const names = (header?.cells ?? []).map((c) => c.trim());
  const column = (pattern: RegExp) => names.findIndex((name) => pattern.test(name));
  const textAt = column(TEXT_COLUMN);
  if (textAt < 0)
    throw new TranscriptError(
      header?.line ?? 1,
      'the header row must name a text column ("Text", "Utterance", "Transcript"…)',
    );
  const speakerAt = column(SPEAKER_COLUMN);
  const idAt = column(/^id$/i);
  const sideAt = column(/^(side|role)$/i);
  return body.map(({ cells, line }, i) => {
    const at = (index: number) => (index >= 0 && cells[index]?.trim() ? cells[index].trim() : undefined);
    return utteranceOf(
      { text: (cells[textAt] ?? '').trim(), speaker: at(speakerAt), id: at(idAt), side: at(sideAt) },
      line,
      i + 1,
    );
  });
}

/**
 * The shapes Markdown call notes put a transcript in, besides plain speaker lines: inside a
 * blockquote or an Obsidian callout ("> [!quote] Transcript", then "> **Sam:** …"), with
 * speakers as wiki links ("**[[Dana Reyes]]:** …"), or as a table with a speaker column and a
 * text column ("| Time | Speaker | Text |"). Each is turned back into what `parse-plain.ts`
 * reads; a blockquote or table that holds no turns stays the rep's notes.
 */

/** A blockquote's markers off; an Obsidian callout's first line is a heading. */
export function unquoted(line: string): { text: string; callout: boolean } {
  const text = line.replace(/^(?:>[ \t]?)+/, '');
  return { text, callout: text !== line && /^\[![\w-]+\][+-]?/.test(text) };
}

/** `[[target]]` → its name, `[[target|alias]]` → the alias. */
export const withoutWikiLinks = (line: string) =>
  line.replace(/\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g, (_m, target: string, alias?: string) =>
    (alias ?? target.split('/').pop()!).trim(),
  );

export const SPEAKER_COLUMN = /^(speaker|speaker name|name|who|participant|person)$/i;
export const TEXT_COLUMN =
  /^(text|transcript|said|what was said|utterance|content|dialogue|words|line|quote|message)$/i;

/** The cells of a table row (`\|` is a literal bar), or undefined for any other line. */
export function tableCells(line: string): string[] | undefined {
  if (!line.startsWith('|')) return undefined;
  const cells: string[] = [];
  let cell = '';
  for (let i = 1; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\' && line[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (ch === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  if (cell.trim()) cells.push(cell.trim());
  return cells;
}

/** The row under a header: `|---|:--|`. */
export const isDivider = (cells: readonly string[]) => cells.every((c) => /^:?-{2,}:?$/.test(c));

export interface TranscriptColumns {
  speaker: number;
  text: number;
}

/** Which columns hold the speaker and the words, when the header row says so. */
export function transcriptColumns(header: readonly string[]): TranscriptColumns | undefined {
  const speaker = header.findIndex((c) => SPEAKER_COLUMN.test(c.replace(/\*\*|__/g, '')));
  const text = header.findIndex((c) => TEXT_COLUMN.test(c.replace(/\*\*|__/g, '')));
  return speaker >= 0 && text >= 0 && speaker !== text ? { speaker, text } : undefined;
}

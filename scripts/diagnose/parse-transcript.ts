/** Picks the parser for a file by its extension. */
import { parseSrt, parseVtt } from './parse-captions';
import { parseCsv } from './parse-csv';
import { parseJson } from './parse-json';
import { parseJsonl } from './parse-jsonl';
import { parseMarkdown, parseText } from './parse-plain';
import type { TranscriptLine } from './transcript-line';

const PARSERS: Record<string, (text: string) => TranscriptLine[]> = {
  txt: parseText,
  md: parseMarkdown,
  vtt: parseVtt,
  srt: parseSrt,
  jsonl: parseJsonl,
  json: parseJson,
  csv: (text) => parseCsv(text, ','),
  tsv: (text) => parseCsv(text, '\t'),
};

/** The supported extensions, for help and error messages. */
export const SUPPORTED_EXTENSIONS = Object.keys(PARSERS);

/** Parses file text by extension; throws for an unsupported extension. */
export function parseTranscript(fileName: string, text: string): TranscriptLine[] {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const parse = PARSERS[extension];
  if (!parse)
    throw new Error(
      `unsupported file type ".${extension}" (use ${SUPPORTED_EXTENSIONS.map((e) => `.${e}`).join(', ')})`,
    );
  return parse(text);
}

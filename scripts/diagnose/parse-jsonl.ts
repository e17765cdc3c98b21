/** `.jsonl` input: one `{"id","text","speaker"?}` object per line; errors name the line. */
import { TranscriptError, fileLines, type TranscriptLine } from './transcript-line';

/** Parses JSON lines; blank lines are skipped. */
export function parseJsonl(text: string): TranscriptLine[] {
  const out: TranscriptLine[] = [];
  fileLines(text).forEach((raw, i) => {
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new TranscriptError(i + 1, 'not valid JSON');
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new TranscriptError(i + 1, 'expected an object {"id","text","speaker"?}');
    const { id, text: said, speaker } = value as Record<string, unknown>;
    if (typeof id !== 'string' && typeof id !== 'number')
      throw new TranscriptError(i + 1, '"id" must be a string or number');
    if (typeof said !== 'string') throw new TranscriptError(i + 1, '"text" must be a string');
    if (speaker !== undefined && typeof speaker !== 'string')
      throw new TranscriptError(i + 1, '"speaker" must be a string when present');
    out.push({ id: String(id), text: said, speaker, sourceLine: i + 1 });
  });
  return out;
}

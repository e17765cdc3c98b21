/**
 * `.jsonl` input: one `{"text","id"?,"speaker"?,"side"?}` object per line (`role` is read as
 * `side`: "buyer", "customer", "seller", "rep"…); errors name the line. Without an id, the
 * line number is the id.
 */
import { statedSide } from './speaker-sides';
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
      throw new TranscriptError(i + 1, 'expected an object {"text","id"?,"speaker"?,"side"?}');
    const { id = i + 1, text: said, speaker, side: givenSide, role } = value as Record<string, unknown>;
    if (typeof id !== 'string' && typeof id !== 'number')
      throw new TranscriptError(i + 1, '"id" must be a string or number');
    const sideText = givenSide ?? role;
    const side = typeof sideText === 'string' ? statedSide(sideText) : undefined;
    if (sideText !== undefined && !side)
      throw new TranscriptError(i + 1, '"side" must be buyer or seller (or customer, prospect, rep…)');
    if (typeof said !== 'string') throw new TranscriptError(i + 1, '"text" must be a string');
    if (speaker !== undefined && typeof speaker !== 'string')
      throw new TranscriptError(i + 1, '"speaker" must be a string when present');
    out.push({ id: String(id), text: said, speaker, sourceLine: i + 1, ...(side ? { side } : {}) });
  });
  return out;
}

/**
 * `.jsonl` input: one `{"text","id"?,"speaker"?,"side"?}` object per line (`role` is read as
 * `side`: "buyer", "customer", "seller", "rep"…); errors name the line. Without an id, the
 * line number is the id. `parse-json.ts` reads the same objects from a `.json` array.
 */
import { statedSide } from './speaker-sides';
import { TranscriptError, fileLines, type TranscriptLine } from './transcript-line';

export const UTTERANCE_SHAPE = '{"text","id"?,"speaker"?,"side"?}';

/** One utterance object, checked; `sourceLine` names it in errors and is its default id. */
export function utteranceOf(value: unknown, sourceLine: number, defaultId = sourceLine): TranscriptLine {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new TranscriptError(sourceLine, `expected an object ${UTTERANCE_SHAPE}`);
  const { id = defaultId, text: said, speaker, side: givenSide, role } = value as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number')
    throw new TranscriptError(sourceLine, '"id" must be a string or number');
  const sideText = givenSide ?? role;
  const side = typeof sideText === 'string' ? statedSide(sideText) : undefined;
  if (sideText !== undefined && !side)
    throw new TranscriptError(sourceLine, '"side" must be buyer or seller (or customer, prospect, rep…)');
  if (typeof said !== 'string') throw new TranscriptError(sourceLine, '"text" must be a string');
  if (speaker !== undefined && typeof speaker !== 'string')
    throw new TranscriptError(sourceLine, '"speaker" must be a string when present');
  return { id: String(id), text: said, speaker, sourceLine, ...(side ? { side } : {}) };
}

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
    out.push(utteranceOf(value, i + 1));
  });
  return out;
}

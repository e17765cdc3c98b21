/**
 * Caption exports: WebVTT (`.vtt`, as Meet, Zoom and Teams export them, speakers as
 * `<v Name>` voice tags or "Name: " prefixes) and SubRip (`.srt`). Each cue becomes one
 * utterance; malformed timing lines are errors naming the line.
 */
import { speakerTurnOf } from './speaker-line';
import { TranscriptError, fileLines, type TranscriptLine } from './transcript-line';

const VTT_TIMING = /^(\d{2,}:)?\d{2}:\d{2}\.\d{3}\s+-->\s+(\d{2,}:)?\d{2}:\d{2}\.\d{3}/;
const SRT_TIMING = /^\d{2,}:\d{2}:\d{2},\d{3}\s+-->\s+\d{2,}:\d{2}:\d{2},\d{3}/;
const VOICE = /^<v(?:\.[\w.-]+)?\s+([^>]+)>/;

/** Speaker and text of a cue's text lines (voice tag, "Name:" prefix, or neither). */
function cueText(lines: string[]): { speaker?: string; text: string } {
  const joined = lines.join(' ').trim();
  const voice = VOICE.exec(joined);
  const strip = (s: string) => s.replace(/<[^>]*>/g, '').trim();
  if (voice) return { speaker: voice[1]!.trim(), text: strip(joined.slice(voice[0].length)) };
  const named = speakerTurnOf(strip(joined));
  return named?.text ? named : { text: strip(joined) };
}

/** Splits into blocks separated by blank lines, remembering each block's first line. */
function blocks(text: string): { start: number; lines: string[] }[] {
  const out: { start: number; lines: string[] }[] = [];
  let current: { start: number; lines: string[] } | undefined;
  fileLines(text).forEach((raw, i) => {
    if (!raw.trim()) {
      current = undefined;
      return;
    }
    if (!current) out.push((current = { start: i + 1, lines: [] }));
    current.lines.push(raw.trim());
  });
  return out;
}

/** Parses a WebVTT file. */
export function parseVtt(text: string): TranscriptLine[] {
  const all = blocks(text);
  if (!all[0]?.lines[0]?.startsWith('WEBVTT'))
    throw new TranscriptError(1, 'a .vtt file must start with "WEBVTT"');
  const out: TranscriptLine[] = [];
  for (const block of all.slice(1)) {
    if (/^(NOTE|STYLE|REGION)\b/.test(block.lines[0]!)) continue;
    const timingAt = VTT_TIMING.test(block.lines[0]!) ? 0 : 1;
    const timing = block.lines[timingAt];
    if (!timing || !VTT_TIMING.test(timing))
      throw new TranscriptError(
        block.start + timingAt,
        `expected a cue timing "00:00:01.000 --> 00:00:04.000", got "${timing ?? ''}"`,
      );
    const cue = cueText(block.lines.slice(timingAt + 1));
    if (!cue.text) continue;
    const id = timingAt === 1 ? block.lines[0]! : String(out.length + 1);
    out.push({ id, ...cue, sourceLine: block.start });
  }
  return out;
}

/** Parses a SubRip file. */
export function parseSrt(text: string): TranscriptLine[] {
  const out: TranscriptLine[] = [];
  for (const block of blocks(text)) {
    const [index, timing] = block.lines;
    if (!/^\d+$/.test(index!))
      throw new TranscriptError(block.start, `expected a cue number, got "${index}"`);
    if (!timing || !SRT_TIMING.test(timing))
      throw new TranscriptError(
        block.start + 1,
        `expected a cue timing "00:00:01,000 --> 00:00:04,000", got "${timing ?? ''}"`,
      );
    const cue = cueText(block.lines.slice(2));
    if (cue.text) out.push({ id: index!, ...cue, sourceLine: block.start });
  }
  return out;
}

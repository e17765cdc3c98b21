/**
 * Where a speaker's turn starts, in the shapes real transcripts come in: "Name: text",
 * Markdown bold names (colon inside or outside), timestamps before or after the name
 * ("[00:01:02] Dana:", "Dana (00:01):", "0:05 | Dana:"), and exports that put the speaker
 * and time on a line of their own with the words below (Otter, Zoom, Gong). Metadata lines
 * ("Participants: …", "Customer: Northwind Freight") are not turns.
 */
import { HEADER_LABEL } from './transcript-line';

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
const BRACKETED_TIME = String.raw`[[(]${TIME}[\])]`;
/**
 * A name word: capitalised, a number ("Speaker 2", never the start of a time), an all-caps
 * role ("AE"), or a particle.
 */
const WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}.'’-]*|\d+(?!\d|:\d)|(?:de|da|di|van|von|der|le|la|bin|al|el)(?=\s))`;
/** Up to five name words, then an optional "(Company)", "[Role]" or "- Role" tag. */
const NAME = String.raw`${WORD}(?:[ \t]${WORD}){0,4}(?:[ \t]*(?:\((?!\s*\d{1,2}:\d{2})[^()]{1,40}\)|\[(?!\s*\d{1,2}:\d{2})[^[\]]{1,40}\]|[-–][ \t]*${WORD}(?:[ \t]${WORD}){0,2}))?`;
const LEADING_TIME = String.raw`(?:${BRACKETED_TIME}[ \t]*|${TIME}[ \t]+(?:\|[ \t]*)?)?`;

const BOLD_TURN = new RegExp(
  String.raw`^(?:[-*•][ \t]+)?${LEADING_TIME}(?:\*\*|__)(${NAME})(?:[ \t]*(?:${BRACKETED_TIME})?[ \t]*:(?:\*\*|__)|(?:\*\*|__)[ \t]*(?:${BRACKETED_TIME}[ \t]*)?:)(?:[ \t]+(.*))?$`,
  'u',
);
const PLAIN_TURN = new RegExp(
  String.raw`^${LEADING_TIME}(${NAME})[ \t]*(?:(?:${BRACKETED_TIME}|${TIME})[ \t]*)?[:：](?:[ \t]+(.*))?$`,
  'u',
);
// The name's own tag is tried last (`${NAME}?` makes it lazy), so "Sam Rep - 00:01" is a name and a time.
const HEADING_NAME_FIRST = new RegExp(
  String.raw`^(?:\*\*|__)?(${NAME}?)(?:\*\*|__)?[ \t]+(?:[-–|][ \t]*)?(?:${BRACKETED_TIME}|${TIME})$`,
  'u',
);
const HEADING_TIME_FIRST = new RegExp(
  String.raw`^(?:${BRACKETED_TIME}|${TIME})[ \t]+(?:[-–|][ \t]*)?(?:\*\*|__)?(${NAME})(?:\*\*|__)?$`,
  'u',
);

/**
 * Role labels that are a speaker when followed by what they said, and metadata when followed
 * by a name ("Customer: Northwind Freight").
 */
const ROLE_LABEL = /^(customer|prospect|client|buyer|lead|participant|interviewee|respondent)$/i;
const SAYS_SOMETHING = /[.?!,;]|\b(i|i'm|i’m|we|we're|we’re|our|us|my|me)\b|(\S+\s+){4}\S/i;

/**
 * A name in square brackets opening the line ("[Dana Reyes] 10:02:15", Zoom's saved transcript)
 * reads as the bare name; a bracketed time ("[00:01:02] Dana:") is left as it is.
 */
const BRACKETED_NAME_FIRST = /^\[(?!\s*\d{1,2}:\d{2})([^[\]]{1,60})\](?=[ \t]|:)/u;
const unbracketed = (line: string) => line.replace(BRACKETED_NAME_FIRST, '$1');

export interface SpeakerTurn {
  speaker: string;
  text: string;
}

/** The speaker and words of a line that starts a turn; undefined for any other line. */
export function speakerTurnOf(line: string): SpeakerTurn | undefined {
  const bare = unbracketed(line);
  const match = BOLD_TURN.exec(bare) ?? PLAIN_TURN.exec(bare);
  if (!match) return undefined;
  const speaker = match[1]!.trim();
  const text = (match[2] ?? '').trim();
  if (HEADER_LABEL.test(speaker)) return undefined;
  if (ROLE_LABEL.test(speaker) && !SAYS_SOMETHING.test(text)) return undefined;
  return { speaker, text };
}

/** A line that is only a speaker and a time, with their words on the lines below. */
export function speakerHeadingOf(line: string): string | undefined {
  const bare = unbracketed(line);
  const match = HEADING_NAME_FIRST.exec(bare) ?? HEADING_TIME_FIRST.exec(bare);
  const speaker = match?.[1]?.trim();
  return speaker && !HEADER_LABEL.test(speaker) ? speaker : undefined;
}

const NAME_ONLY = new RegExp(
  String.raw`^(?:\*\*|__)?(${NAME})(?:\*\*|__)?(?:[ \t]+(?:${BRACKETED_TIME}|${TIME}))?$`,
  'u',
);

/**
 * The speaker a Markdown heading names ("### Tom Reyes (Northwind)", "## Dana 00:12"), if its
 * text is only a name: whether it is a speaker or a section ("## Background") is decided by
 * the caller, from how often it recurs.
 */
export function headingNameOf(heading: string): string | undefined {
  const text = heading.replace(/^#+[ \t]*/, '').trim();
  const speaker = NAME_ONLY.exec(text)?.[1]?.trim();
  return speaker && !HEADER_LABEL.test(speaker) ? speaker : undefined;
}

/** A metadata line ("Outcome: …", "**Participants:** …"), whatever follows the label. */
export function isHeaderLine(line: string): boolean {
  const bare = unbracketed(line);
  return (BOLD_TURN.test(bare) || PLAIN_TURN.test(bare)) && !speakerTurnOf(line);
}

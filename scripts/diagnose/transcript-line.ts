import type { SpeakerSide } from '../../lib/domain/detector/types';

/** One utterance read from an input file, before sides are assigned. */
export interface TranscriptLine {
  id: string;
  speaker?: string;
  text: string;
  /** The side the input states for this line (a `.jsonl` "side"); else decided by speaker. */
  side?: SpeakerSide;
  /** 1-based line in the source file where the utterance starts (reported as "line N"). */
  sourceLine: number;
  /**
   * Not anyone's words to the seller: a quoted reply, forwarded header or signature, a
   * transcript header (title, participants, date, outcome) or the rep's own notes. Kept in
   * the output, never evidence.
   */
  notOwnWords?: boolean;
}

/** A problem in the input file, naming the line. */
export class TranscriptError extends Error {
  override name = 'TranscriptError';
  constructor(
    readonly sourceLine: number,
    readonly problem: string,
  ) {
    super(`line ${sourceLine}: ${problem}`);
  }
}

/** Splits file text into lines, tolerating Windows line ends and a byte-order mark. */
export const fileLines = (text: string) => text.replace(/^\uFEFF/, '').split(/\r?\n/);

/**
 * Labels of transcript headers and call notes ("Participants: …", "Outcome: …", "Next
 * steps: …"): a "Name:" prefix with one of these is metadata, not a speaker. Role labels
 * ("Customer:", "Prospect:") are either; `speaker-line.ts` tells them apart by what follows.
 */
export const HEADER_LABEL =
  /^(participants|attendees?|present|speakers|call|meeting|topic|date|time|duration|outcome|result|status|next steps?|notes?|(?:call|meeting|rep|sales|my|internal) notes?|summary|agenda|subject|title|location|recording|transcript|account|company|deal|opportunity|stage|action items?|follow[- ]?ups?|takeaways?|decision|from|to|cc|sent)$/i;

/** Headings that start the rep's notes rather than the conversation. */
export const NOTES_HEADING =
  /\b(notes?|outcomes?|summary|next steps?|action items?|follow[- ]?ups?|takeaways?|participants|attendees|debrief|recap)\b/i;

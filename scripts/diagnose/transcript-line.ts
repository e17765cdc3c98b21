/** One utterance read from an input file, before sides are assigned. */
export interface TranscriptLine {
  id: string;
  speaker?: string;
  text: string;
  /** 1-based line in the source file where the utterance starts (for messages). */
  sourceLine: number;
  /** A quoted reply, forwarded header or signature: kept in the output, never evidence. */
  notOwnWords?: boolean;
}

/** A problem in the input file, naming the line. */
export class TranscriptError extends Error {
  override name = 'TranscriptError';
  constructor(
    readonly sourceLine: number,
    problem: string,
  ) {
    super(`line ${sourceLine}: ${problem}`);
  }
}

/** Splits file text into lines, tolerating Windows line ends and a byte-order mark. */
export const fileLines = (text: string) => text.replace(/^\uFEFF/, '').split(/\r?\n/);

/** A final caption line as a recap reads it: who said it, whose side they are on, when. */
export interface CallLine {
  id: string;
  speaker: string;
  /** The user's own lines are the seller's; known people of the account the buyer's. */
  side: 'buyer' | 'seller' | 'unknown';
  text: string;
  at: string;
  /** Set when the line is in a language the detector does not read (ISO 639-1 code). */
  language?: string;
}

/** Sentences of a caption line (caption apps punctuate; a line without stops is one sentence). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Commitments and next steps in saved notes (call notes, recaps, the rep's own notes): the
 * sentences that promise something ("I'll send the security pack", "next step: demo with
 * finance", "loop in procurement by Friday"). Hand-written patterns, English only. A line
 * ticked as done ("[x]", "done:") is a kept commitment, not an open one. Pure.
 */
import type { Note } from '../records';
import { cutText } from '../text';

const COMMITMENT =
  /\b(?:next steps?|i'll|i will|we'll|we will|they'll|they will|will send|to send|follow(?:ing)? up|loop in|set up|schedule|book(?:ed)? a|agreed to|action item|owes? us|by (?:monday|tuesday|wednesday|thursday|friday|tomorrow|next week|end of))\b/i;
/** A to-do line ("[ ] …", "[x] …") is a commitment whatever its words. */
const TODO = /^\s*(?:[-*]\s*)?\[[ x]\]/i;
const DONE = /^\s*(?:[-*]\s*)?(?:\[x\]|done:|✓|✔)/i;
const LINE_MAX = 280;

export interface Commitment {
  text: string;
  noteId: string;
  /** When the note was written (its `at`). */
  at: string;
  done: boolean;
}

/** The lines of a note: list items and sentences. */
function lines(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+(?=[A-Z“"])/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Every commitment in `notes`, newest note first, in note order within a note. */
export function commitmentsIn(notes: readonly Pick<Note, 'id' | 'text' | 'at'>[]): Commitment[] {
  return [...notes]
    .sort((a, b) => b.at.localeCompare(a.at))
    .flatMap((note) =>
      lines(note.text)
        .filter((line) => TODO.test(line) || COMMITMENT.test(line.replace(/’/g, "'")))
        .map((line) => ({
          text: cutText(line.replace(DONE, '').replace(/^\s*[-*]?\s*(?:\[ \]\s*)?/, ''), LINE_MAX, {
            ellipsis: true,
          }),
          noteId: note.id,
          at: note.at,
          done: DONE.test(line),
        })),
    );
}

/**
 * The open commitments of the last conversation: those in the newest call or meeting note
 * that holds any (a recap is saved as a call note), not ticked done. Empty when no note has one.
 */
export function lastCallCommitments(
  notes: readonly Pick<Note, 'id' | 'kind' | 'text' | 'at'>[],
): Commitment[] {
  const calls = notes.filter((n) => n.kind === 'call' || n.kind === 'meeting');
  const all = commitmentsIn(calls);
  const newest = all[0]?.noteId;
  return all.filter((c) => c.noteId === newest && !c.done);
}

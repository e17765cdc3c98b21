/**
 * A buyer's caption line → the playbook entry that answers its objection, with the words that
 * raised it. Pure. Only the buyer's lines (or an unnamed speaker's) count: the rep saying
 * "what if it fails?" while handling it raises nothing.
 */
import type { PlaybookEntry } from '../schema';
import { cutText } from '../../domain/text';
import { sentencesOf, type CallLine } from '../../domain/recap/call-line';
import {
  OBJECTION_CUES,
  type ObjectionCue,
  type ObjectionTopic,
} from '../../domain/objections/objection-cues';

export interface ObjectionMatch {
  topic: ObjectionTopic;
  entry: PlaybookEntry;
  /** The words that raised it, as said. */
  heard: string;
  speaker: string;
  lineId: string;
  /** For the why-chip: "heard “what if it fails halfway” · worry it fails". */
  why: string;
}

const HEARD_MAX = 120;

/** The first cue in the text with the sentence that carries it. */
export function objectionIn(text: string): { cue: ObjectionCue; sentence: string } | undefined {
  for (const sentence of sentencesOf(text)) {
    const cue = OBJECTION_CUES.find((c) => c.patterns.some((p) => p.test(sentence)));
    if (cue) return { cue, sentence };
  }
  return undefined;
}

/** The entry answering a cue: its listed ids first, then a team objection whose title fits. */
export function entryForCue(cue: ObjectionCue, entries: readonly PlaybookEntry[]): PlaybookEntry | undefined {
  const objections = entries.filter((e) => e.kind === 'objection');
  for (const id of cue.entryIds) {
    const found = objections.find((e) => e.id === id);
    if (found) return found;
  }
  return objections.find((e) => e.origin === 'team' && cue.titleWords.test(e.title));
}

/** The objection card a line raises, or undefined (seller's line, no cue, no entry answers it). */
export function matchObjection(
  line: CallLine,
  entries: readonly PlaybookEntry[],
): ObjectionMatch | undefined {
  if (line.side === 'seller' || line.language) return undefined;
  const found = objectionIn(line.text);
  if (!found) return undefined;
  const entry = entryForCue(found.cue, entries);
  if (!entry) return undefined;
  const heard = cutText(found.sentence, HEARD_MAX);
  return {
    topic: found.cue.topic,
    entry,
    heard,
    speaker: line.speaker,
    lineId: line.id,
    why: `heard “${heard}” · ${found.cue.label}`,
  };
}

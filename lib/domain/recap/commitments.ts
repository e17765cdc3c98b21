/**
 * Commitments and next steps said on a call: "I'll send the security summary by Friday",
 * "we need to loop in finance", "let's book the demo for Tuesday". Each keeps the sentence it
 * came from, who said it and whose side owns it, and the date said with it. Pure.
 *
 * What is NOT a commitment: a negated one ("I won't send…", "let's not…", "I don't think
 * we'll…"), a question ("Should I send…?"), and a subject without an action verb ("I'll be
 * honest", "we'll see").
 */
import { cutText } from '../text';
import { sentencesOf, type CallLine } from './call-line';
import { dueDateIn, type DueDate } from './due-date';

export type CommitmentOwner = 'seller' | 'buyer' | 'both' | 'unknown';

export interface Commitment {
  owner: CommitmentOwner;
  speaker: string;
  speakerSide: CallLine['side'];
  /** What will be done, in the speaker's words ("send the security summary by Friday"). */
  action: string;
  /** The sentence it was said in. */
  quote: string;
  due?: DueDate;
  lineId: string;
  at: string;
}

type Subject = 'self' | 'other' | 'both';

/** Who the grammatical subject makes the owner: "I/we" the speaker, "you" the other side. */
const SUBJECTS: [RegExp, Subject][] = [
  [
    /\b(?:i|we)(?:['’]ll| will| shall| am going to| are going to|['’]m going to|['’]re going to)\s+/giu,
    'self',
  ],
  [/\b(?:i|we) (?:need|have|want) to\s+/giu, 'self'],
  [/\blet me\s+/giu, 'self'],
  [/\byou(?:['’]ll| will| are going to|['’]re going to)\s+/giu, 'other'],
  [/\blet['’]s\s+/giu, 'both'],
  [/\bnext steps? (?:is|are|would be|will be) (?:to )?/giu, 'both'],
];

/** An action a commitment starts with; anything else ("be honest", "see") is not one. */
const ACTION =
  /^(?:also |then |just |quickly |definitely |make sure (?:to |i |we )?)?(?:send|share|email|forward|get|set up|book|schedule|arrange|loop|bring|introduce|follow up|circle back|check|confirm|review|draft|prepare|put together|write|call|ping|talk|speak|ask|reach out|sign|run|walk|demo|meet|reconvene|update|invite|connect|organi[sz]e|look into|find out|come back|get back|pull|provide|deliver|add|create|start|take a look|have a look|present|decide|test|try out|share)\b/i;
const NEGATED_ACTION = /^(?:not|never|no longer)\b/i;
/** Words before the subject that undo it: "I don't think we'll…", "I doubt we'll…". */
const NEGATED_BEFORE = /\b(?:don['’]t think|do not think|not sure|doubt|unlikely|wish)\b[^,;]*$/i;

const ACTION_MAX = 160;
const QUOTE_MAX = 280;

function ownerOf(subject: Subject, side: CallLine['side']): CommitmentOwner {
  if (subject === 'both') return 'both';
  if (side === 'unknown') return 'unknown';
  if (subject === 'self') return side;
  return side === 'seller' ? 'buyer' : 'seller';
}

interface Hit {
  start: number;
  end: number;
  subject: Subject;
}

function subjectHits(sentence: string): Hit[] {
  const hits: Hit[] = [];
  for (const [pattern, subject] of SUBJECTS) {
    for (const m of sentence.matchAll(pattern))
      hits.push({ start: m.index, end: m.index + m[0].length, subject });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The commitments in one sentence of a line. */
function commitmentsInSentence(sentence: string, line: CallLine): Commitment[] {
  if (sentence.trimEnd().endsWith('?')) return [];
  const hits = subjectHits(sentence);
  return hits.flatMap((hit, i) => {
    const rest = sentence.slice(hit.end, hits[i + 1]?.start ?? sentence.length);
    if (NEGATED_ACTION.test(rest) || NEGATED_BEFORE.test(sentence.slice(0, hit.start))) return [];
    if (!ACTION.test(rest)) return [];
    const action = rest.replace(/[\s,;:.!]+(?:and|but|so|then)?[\s,;:.!]*$/i, '').trim();
    const due = dueDateIn(action, line.at);
    return [
      {
        owner: ownerOf(hit.subject, line.side),
        speaker: line.speaker,
        speakerSide: line.side,
        action: cutText(action, ACTION_MAX),
        quote: cutText(sentence, QUOTE_MAX),
        ...(due ? { due } : {}),
        lineId: line.id,
        at: line.at,
      },
    ];
  });
}

/**
 * Every commitment said in `lines`, in call order, each once (the same owner promising the
 * same words twice is one commitment). Lines in a language the detector does not read are
 * skipped: nothing is claimed from them.
 */
export function extractCommitments(lines: readonly CallLine[]): Commitment[] {
  const seen = new Set<string>();
  const out: Commitment[] = [];
  for (const line of lines) {
    if (line.language) continue;
    for (const sentence of sentencesOf(line.text)) {
      for (const c of commitmentsInSentence(sentence, line)) {
        const key = `${c.owner}|${c.action.toLowerCase()}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(c);
      }
    }
  }
  return out;
}

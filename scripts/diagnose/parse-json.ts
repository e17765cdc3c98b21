/**
 * `.json` input, in the shapes call tools and scripts write:
 * - an array of utterance objects, as `.jsonl` takes them one per line
 *   (`{"text","id"?,"speaker"?,"side"?}`), or such an array under `utterances`, `turns`,
 *   `transcript`, `lines`, `segments` or `messages`;
 * - a Gong transcript (`{"callTranscripts":[{"transcript":[{"speakerId","sentences":[{"text"}]}]}]}`):
 *   one utterance per monologue. When the file also carries the call's `parties` (beside it, or
 *   under `callData` as Gong's webhook sends them), speakers get their names, and their side
 *   from the affiliation: Internal is the seller, External the buyer.
 * JSON keeps no line numbers, so an utterance's line is where its words first appear in the
 * file (after the previous one's), for the report's "line N".
 */
import type { SpeakerSide } from '../../lib/domain/detector/types';
import { UTTERANCE_SHAPE, utteranceOf } from './parse-jsonl';
import { TranscriptError, type TranscriptLine } from './transcript-line';

const UTTERANCE_KEYS = ['utterances', 'turns', 'transcript', 'lines', 'segments', 'messages'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Line numbers of words in the file, found in order. */
function lineLocator(text: string) {
  let from = 0;
  let line = 1;
  return (words: string): number => {
    const at = text.indexOf(JSON.stringify(words).slice(1, -1), from);
    if (at < 0) return line;
    for (let i = from; i < at; i++) if (text[i] === '\n') line++;
    from = at;
    return line;
  };
}

interface Party {
  name?: string;
  side?: SpeakerSide;
}

function partiesOf(root: Json): Map<string, Party> {
  const list = root.parties ?? (isObject(root.callData) ? root.callData.parties : undefined);
  const parties = new Map<string, Party>();
  if (!Array.isArray(list)) return parties;
  for (const party of list) {
    if (!isObject(party) || typeof party.speakerId !== 'string') continue;
    const affiliation = typeof party.affiliation === 'string' ? party.affiliation.toLowerCase() : '';
    parties.set(party.speakerId, {
      ...(typeof party.name === 'string' && party.name.trim() ? { name: party.name.trim() } : {}),
      ...(affiliation === 'internal'
        ? { side: 'seller' }
        : affiliation === 'external'
          ? { side: 'buyer' }
          : {}),
    });
  }
  return parties;
}

/** A Gong monologue as an utterance object (`utteranceOf` checks it like any other). */
function monologueUtterance(monologue: unknown, parties: ReadonlyMap<string, Party>, item: number): unknown {
  if (!isObject(monologue)) return monologue;
  const { sentences, speakerId } = monologue;
  const texts = Array.isArray(sentences) ? sentences.map((s) => (isObject(s) ? s.text : undefined)) : [];
  if (texts.length === 0 || !texts.every((t): t is string => typeof t === 'string'))
    // Not a TranscriptError: nothing here says which file line the monologue is on.
    throw new Error(`item ${item}: "sentences" must be a list of {"text"}`);
  const party = typeof speakerId === 'string' ? parties.get(speakerId) : undefined;
  return {
    text: texts.join(' '),
    ...(typeof speakerId === 'string' ? { speaker: party?.name ?? speakerId } : {}),
    ...(party?.side ? { side: party.side } : {}),
  };
}

/** The utterance values a parsed file holds, as `utteranceOf` takes them. */
function utteranceValues(root: unknown): unknown[] {
  if (Array.isArray(root)) return root;
  if (!isObject(root)) return [];
  if (Array.isArray(root.callTranscripts)) {
    const parties = partiesOf(root);
    const monologues = root.callTranscripts.flatMap((call) =>
      isObject(call) && Array.isArray(call.transcript) ? (call.transcript as unknown[]) : [],
    );
    return monologues.map((m, i) => monologueUtterance(m, parties, i + 1));
  }
  const key = UTTERANCE_KEYS.find((k) => Array.isArray(root[k]));
  return key ? (root[key] as unknown[]) : [];
}

export function parseJson(text: string): TranscriptLine[] {
  let root: unknown;
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new TranscriptError(1, 'not valid JSON');
  }
  const values = utteranceValues(root);
  if (values.length === 0)
    throw new Error(
      `no utterances: expected an array of ${UTTERANCE_SHAPE}, such an array under "${UTTERANCE_KEYS.join('", "')}", or a Gong transcript`,
    );
  const lineOf = lineLocator(text);
  return values.map((value, i) => {
    const said = isObject(value) && typeof value.text === 'string' ? value.text : '';
    const line = lineOf(said.slice(0, 80));
    try {
      return utteranceOf(value, line, i + 1);
    } catch (error) {
      if (error instanceof TranscriptError)
        throw new TranscriptError(line, `item ${i + 1}: ${error.problem}`);
      throw error;
    }
  });
}

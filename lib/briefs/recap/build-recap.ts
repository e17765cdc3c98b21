/**
 * The call recap, one screen: what we heard (motivation → confirmed quotes, suggested ones to
 * review), who spoke and who was present but silent, discovery answered and still open,
 * commitments with their quotes, risks raised, and what was said in a language the detector
 * does not read (kept, not diagnosed). Pure: evidence, people and the call record in.
 */
import type { Account, Evidence, Person } from '../../domain/records';
import type { MotivationId } from '../../domain/vocabulary';
import { risksFromWords } from '../risk-words';
import { discoveryProgress, DISCOVERY_QUESTIONS } from '../../domain/movement/discovery-questions';
import { objectionIn } from '../../playbook/objections/match-objection';
import { cutText, nameMatchKey } from '../../domain/text';
import { LANGUAGE_NAMES, type LanguageCode } from '../../domain/language/language-data';
import type { CallRecord } from '../../domain/recap/call-record';
import { extractCommitments, type Commitment } from '../../domain/recap/commitments';

export interface HeardMotivation {
  motivation: MotivationId;
  confirmed: Evidence[];
  suggested: Evidence[];
}

export interface RecapRisk {
  /** outage | escalation, or an objection topic (price, security…). */
  kind: string;
  quote: string;
  speaker: string;
}

export interface CallRecap {
  callId: string;
  title: string;
  startedAt: string;
  endedAt?: string;
  heard: HeardMotivation[];
  speakers: { name: string; side: 'buyer' | 'seller' | 'unknown'; lines: number }[];
  /** On the call, never heard in the captions. */
  silent: string[];
  answered: { id: string; prompt: string; answer: string }[];
  open: { id: string; prompt: string }[];
  commitments: Commitment[];
  risks: RecapRisk[];
  /** Lines in a language the detector does not read, kept as said, per language. */
  notDiagnosed: { language: string; lines: { speaker: string; text: string }[] }[];
}

const QUOTE_MAX = 240;

/** Caption evidence from this call's time window (not rejected). */
export function evidenceOfCall(evidence: readonly Evidence[], call: CallRecord): Evidence[] {
  const end = call.endedAt ?? '\uffff';
  return evidence.filter(
    (e) => e.source === 'caption' && e.status !== 'rejected' && e.at >= call.startedAt && e.at <= end,
  );
}

function heardOf(evidence: readonly Evidence[]): HeardMotivation[] {
  const by = new Map<MotivationId, HeardMotivation>();
  for (const e of evidence) {
    const h = by.get(e.motivation) ?? { motivation: e.motivation, confirmed: [], suggested: [] };
    (e.status === 'confirmed' ? h.confirmed : h.suggested).push(e);
    by.set(e.motivation, h);
  }
  return [...by.values()].sort(
    (a, b) => b.confirmed.length - a.confirmed.length || b.suggested.length - a.suggested.length,
  );
}

function risksOf(call: CallRecord): RecapRisk[] {
  const theirs = call.lines.filter((l) => l.side !== 'seller' && !l.language);
  const words = risksFromWords({
    notes: [],
    evidence: theirs.map((l) => ({
      quote: l.text,
      source: 'caption',
      at: l.at,
      status: 'suggested',
      speaker: l.speaker,
    })),
  })
    // A promise said on the call is a commitment, listed with the commitments.
    .filter((r) => r.kind !== 'promise')
    .map((r) => ({ kind: r.kind, quote: r.quote.text, speaker: r.quote.speaker ?? '' }));
  const objections = theirs.flatMap((l) => {
    const found = objectionIn(l.text);
    return found
      ? [{ kind: found.cue.label, quote: cutText(found.sentence, QUOTE_MAX), speaker: l.speaker }]
      : [];
  });
  return [...words, ...objections];
}

export function buildRecap(input: {
  call: CallRecord;
  account: Pick<Account, 'name' | 'discovery'>;
  people: readonly Pick<Person, 'name'>[];
  evidence: readonly Evidence[];
}): CallRecap {
  const { call, account } = input;
  const counts = new Map<
    string,
    { name: string; side: CallRecap['speakers'][number]['side']; lines: number }
  >();
  for (const l of call.lines) {
    const key = nameMatchKey(l.speaker);
    const s = counts.get(key) ?? { name: l.speaker, side: l.side, lines: 0 };
    s.lines++;
    // Heard before the account was known, then named: the known side wins over "unknown".
    if (s.side === 'unknown') s.side = l.side;
    counts.set(key, s);
  }
  const speakers = [...counts.values()].sort((a, b) => b.lines - a.lines);
  const silent = [...new Map(call.participants.map((n) => [nameMatchKey(n), n])).entries()]
    .filter(([key]) => key && !counts.has(key))
    .map(([, name]) => name);
  const progress = discoveryProgress(account.discovery);
  const languages = new Map<string, { speaker: string; text: string }[]>();
  for (const l of call.lines) {
    if (l.language)
      languages.set(l.language, [...(languages.get(l.language) ?? []), { speaker: l.speaker, text: l.text }]);
  }
  return {
    callId: call.callId,
    title: call.title?.trim() || `Call with ${account.name}`,
    startedAt: call.startedAt,
    ...(call.endedAt ? { endedAt: call.endedAt } : {}),
    heard: heardOf(evidenceOfCall(input.evidence, call)),
    speakers,
    silent,
    answered: DISCOVERY_QUESTIONS.filter((q) => account.discovery[q.id]?.trim()).map((q) => ({
      id: q.id,
      prompt: q.prompt,
      answer: cutText(account.discovery[q.id]!.trim(), QUOTE_MAX),
    })),
    open: progress.unanswered.map((q) => ({ id: q.id, prompt: q.prompt })),
    commitments: extractCommitments(call.lines),
    risks: risksOf(call),
    notDiagnosed: [...languages.entries()].map(([code, lines]) => ({
      language: LANGUAGE_NAMES[code as LanguageCode] ?? code,
      lines,
    })),
  };
}

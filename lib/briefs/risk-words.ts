/**
 * Renewal risks in the customer's and the rep's own words: an outage or an escalation heard
 * on a call or read in a thread, a promise written in a note. Each risk carries the sentence
 * it came from, so the rep can see why it is there. Pure.
 */
import { cutText } from '../domain/text';
import type { Evidence, Note } from '../domain/records';

export type WordRiskKind = 'outage' | 'escalation' | 'promise';

export interface WordRisk {
  kind: WordRiskKind;
  quote: { text: string; source: 'note' | 'email' | 'call'; at: string; speaker?: string };
}

/** What each kind sounds like; the first matching kind wins for a sentence. */
const PATTERNS: [WordRiskKind, RegExp][] = [
  ['outage', /\b(outages?|downtime|went down|was down|were down|incident|not working|stopped working)\b/i],
  ['escalation', /\b(escalat\w*|complain\w*|unacceptable|furious|formal complaint)\b/i],
  ['promise', /\b(promis\w*|committed to|commitment|we will deliver|guarantee\w*)\b/i],
];

const QUOTE_MAX = 240;
const PER_KIND = 3;

/** Sentences of a note, so a long note yields the sentence that names the risk, not a page. */
const sentences = (text: string) =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);

const kindOf = (text: string) => PATTERNS.find(([, re]) => re.test(text))?.[0];

/**
 * The risks found, newest first, at most three per kind. Rejected evidence is ignored (the
 * rep said it was not so); suggested evidence counts, because an outage nobody confirmed is
 * still worth checking before a renewal call. A note tagged "promise" is a promise even when
 * its words do not say so.
 */
export function risksFromWords(input: {
  notes: readonly Pick<Note, 'text' | 'at' | 'tags'>[];
  evidence: readonly Pick<Evidence, 'quote' | 'source' | 'at' | 'status' | 'speaker'>[];
  promiseTags?: readonly string[];
}): WordRisk[] {
  const found: WordRisk[] = [];
  for (const note of input.notes) {
    const tagged = note.tags.some((t) => input.promiseTags?.includes(t.toLowerCase()));
    for (const sentence of sentences(note.text)) {
      const kind = kindOf(sentence) ?? (tagged ? 'promise' : undefined);
      if (kind)
        found.push({ kind, quote: { text: cutText(sentence, QUOTE_MAX), source: 'note', at: note.at } });
    }
  }
  for (const e of input.evidence) {
    if (e.status === 'rejected' || !e.quote?.trim()) continue;
    if (e.source !== 'email' && e.source !== 'caption') continue;
    const kind = kindOf(e.quote);
    if (kind)
      found.push({
        kind,
        quote: {
          text: cutText(e.quote.trim(), QUOTE_MAX),
          source: e.source === 'email' ? 'email' : 'call',
          at: e.at,
          ...(e.speaker ? { speaker: e.speaker } : {}),
        },
      });
  }
  const sorted = found.sort((a, b) => b.quote.at.localeCompare(a.quote.at));
  const seen = new Set<string>();
  const count: Partial<Record<WordRiskKind, number>> = {};
  return sorted.filter((r) => {
    const key = `${r.kind}:${r.quote.text}`;
    if (seen.has(key) || (count[r.kind] ?? 0) >= PER_KIND) return false;
    seen.add(key);
    count[r.kind] = (count[r.kind] ?? 0) + 1;
    return true;
  });
}

/** The rep-facing line for a risk of this kind. */
export const WORD_RISK_TEXT: Record<WordRiskKind, string> = {
  outage: 'An outage or incident was mentioned: know what happened and what changed before they raise it.',
  escalation: 'Someone escalated or complained: find out whether it was resolved, and to whose satisfaction.',
  promise: 'A promise was made: check it was kept, and be ready to show it.',
};

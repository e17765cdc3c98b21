/**
 * One finder per fact kind: where each framework field's value and source quote come from.
 * Only CONFIRMED buyer quotes, the stakeholder map, the rep's account fields and the rep's
 * notes count; suggested evidence never fills a field (the trust rule: nothing is guessed).
 * Pure: data in, data out.
 */
import { customerQuotes } from '../diagnosis/evidence-side';
import type { Account, Evidence, Note, Person } from '../records';
import { cutText } from '../text';
import type { MotivationId, Role } from '../vocabulary';
import type { FactKind } from './framework-definitions';
import {
  BUDGET_SAID,
  COMPETITION_SAID,
  CRITERIA_SAID,
  DATE_SAID,
  NUMBER_SAID,
  PROCESS_SAID,
  sentences,
} from './said-patterns';
import { RECAP_NOTE_TAG } from '../recap/recap-note-tag';

export interface QualificationSources {
  account: Pick<
    Account,
    'discovery' | 'movement' | 'successMetric' | 'renewalDate' | 'contractValue' | 'segment'
  >;
  people: readonly Pick<Person, 'id' | 'name' | 'title' | 'roles' | 'stance'>[];
  evidence: readonly Evidence[];
  notes: readonly (Pick<Note, 'id' | 'text' | 'at'> & { tags?: readonly string[] })[];
}

export type FactSourceKind = 'quote' | 'stakeholder' | 'account' | 'note';

export interface FoundFact {
  value: string;
  /** The words it rests on: the buyer's quote or the rep's note line, verbatim (cut). */
  quote?: string;
  source: { kind: FactSourceKind; label: string; speaker?: string; at?: string };
}

const VALUE_MAX = 300;
const QUOTE_MAX = 240;
const cut = (text: string, max = VALUE_MAX) => cutText(text.trim(), max, { ellipsis: true });

/** The strongest, most recent confirmed buyer quote passing `test`. */
function bestQuote(src: QualificationSources, test: (e: Evidence) => boolean): FoundFact | undefined {
  const e = customerQuotes(src.evidence)
    .filter(test)
    .sort((a, b) => b.weight - a.weight || b.at.localeCompare(a.at))[0];
  if (!e?.quote) return undefined;
  const quote = cut(e.quote, QUOTE_MAX);
  return {
    value: quote,
    quote,
    source: {
      kind: 'quote',
      label: `${e.source} quote`,
      at: e.at,
      ...(e.speaker ? { speaker: e.speaker } : {}),
    },
  };
}

const said = (pattern: RegExp) => (e: Evidence) => pattern.test(e.quote ?? '');
const about = (motivations: MotivationId[]) => (e: Evidence) => motivations.includes(e.motivation);

function accountField(value: string | undefined, label: string): FoundFact | undefined {
  return value?.trim() ? { value: cut(value), source: { kind: 'account', label } } : undefined;
}
const answer = (src: QualificationSources, id: string, label: string) =>
  accountField(src.account.discovery[id], `discovery answer: ${label}`);

/**
 * The newest note sentence matching `pattern` (the rep's words, labelled as such). Motive's
 * own call recaps are skipped: they restate counted evidence and list questions still open.
 */
function noteLine(src: QualificationSources, pattern: RegExp): FoundFact | undefined {
  const repNotes = src.notes.filter((note) => !note.tags?.includes(RECAP_NOTE_TAG));
  for (const note of repNotes.sort((a, b) => b.at.localeCompare(a.at))) {
    const line = sentences(note.text).find((s) => pattern.test(s));
    if (line)
      return {
        value: cut(line),
        quote: cut(line, QUOTE_MAX),
        source: { kind: 'note', label: 'your note', at: note.at },
      };
  }
  return undefined;
}

/** The first person holding one of `roles` (in that order), with their own best quote. */
function stakeholder(src: QualificationSources, roles: Role[], champion = false): FoundFact | undefined {
  for (const role of roles) {
    const p = src.people.find((x) => x.roles.includes(role) || (champion && x.stance === 'champion'));
    if (!p) continue;
    const theirs = bestQuote(src, (e) => e.personId === p.id);
    return {
      value: p.title?.trim() ? `${p.name} (${p.title.trim()})` : p.name,
      ...(theirs?.quote ? { quote: theirs.quote } : {}),
      source: { kind: 'stakeholder', label: `stakeholder map: ${role.replace('-', ' ')}` },
    };
  }
  return undefined;
}

const first = (...finders: (() => FoundFact | undefined)[]) => {
  for (const find of finders) {
    const fact = find();
    if (fact) return fact;
  }
  return undefined;
};

const BUYING = { committee: 'A committee decides', alone: 'One person decides' } as const;
const EVIDENCE_WANTED = {
  'emotional-reassurance': 'reassurance',
  'commercial-proof': 'commercial proof',
  'technical-detail': 'technical detail',
  'peer-validation': 'the word of peers',
} as const;

/** Finds the fact of `kind`, or undefined when nothing confirmed says it. */
export function findFact(kind: FactKind, src: QualificationSources): FoundFact | undefined {
  const a = src.account;
  switch (kind) {
    case 'metrics':
      return first(
        () => bestQuote(src, said(NUMBER_SAID)),
        () => accountField(a.successMetric, 'success metric'),
        () => answer(src, 'success', 'success'),
      );
    case 'economic-buyer':
      return first(
        () => stakeholder(src, ['economic-buyer']),
        () => answer(src, 'budget', 'budget owner'),
      );
    case 'authority':
      return stakeholder(src, ['economic-buyer', 'finance-approver', 'senior-sponsor']);
    case 'champion':
      return stakeholder(src, ['champion'], true);
    case 'pain':
      return first(
        () => bestQuote(src, about(['relief', 'risk', 'blame'])),
        () => answer(src, 'avoid', 'what to avoid'),
        () => answer(src, 'pain', 'who feels it'),
      );
    case 'need':
      return first(
        () => answer(src, 'achieve', 'goal'),
        () => bestQuote(src, about(['growth', 'control', 'simplicity'])),
      );
    case 'decision-process': {
      const buying = a.movement.buying;
      const quoted = first(
        () => bestQuote(src, (e) => e.motivation === 'permission' || PROCESS_SAID.test(e.quote ?? '')),
        () => noteLine(src, PROCESS_SAID),
      );
      if (quoted && buying) return { ...quoted, value: `${BUYING[buying]}. ${quoted.value}` };
      return quoted ?? accountField(buying && BUYING[buying], 'how they buy');
    }
    case 'decision-criteria':
      return first(
        () => bestQuote(src, said(CRITERIA_SAID)),
        () => answer(src, 'proof', 'proof they need'),
        () => noteLine(src, CRITERIA_SAID),
        () => {
          const wanted = a.movement.evidenceWanted ?? [];
          return accountField(wanted.map((w) => EVIDENCE_WANTED[w]).join(', '), 'evidence they want');
        },
      );
    case 'competition':
      return first(
        () => bestQuote(src, said(COMPETITION_SAID)),
        () => noteLine(src, COMPETITION_SAID),
      );
    case 'budget':
      return first(
        () => bestQuote(src, (e) => BUDGET_SAID.test(e.quote ?? '') && NUMBER_SAID.test(e.quote ?? '')),
        () => accountField(a.contractValue?.toString(), 'contract value'),
        () => accountField(a.segment.expectedValue?.toString(), 'expected value'),
        () => noteLine(src, BUDGET_SAID),
      );
    case 'timeline':
      return first(
        () => bestQuote(src, said(DATE_SAID)),
        () => answer(src, 'act-now', 'why now'),
        () => accountField(a.renewalDate, 'renewal date'),
      );
    case 'situation':
      return first(
        () => answer(src, 'users', 'how they work today'),
        () => answer(src, 'their-words', 'their words'),
        () => bestQuote(src, about(['simplicity', 'consistency'])),
      );
    case 'impact':
      return bestQuote(
        src,
        (e) => NUMBER_SAID.test(e.quote ?? '') && about(['relief', 'risk', 'growth', 'control'])(e),
      );
  }
}

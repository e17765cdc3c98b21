/**
 * Slots in playbook text: `{pain_quote}`, `{metric}`, `{person}`… stand for the customer's
 * situation. A slot is filled only from confirmed evidence or fields on the account; anything
 * else becomes a visible `[bracketed prompt]` the rep completes before saying or sending it.
 * That keeps the playbook from putting words in anyone's mouth.
 */
import { customerQuotes } from '../domain/diagnosis/evidence-side';
import { cutText } from '../domain/text';
import type { Account, Evidence, Person } from '../domain/records';
import type { MotivationId } from '../domain/vocabulary';

/** Every slot Motive understands, with the prompt shown when nothing confirmed fills it. */
export const SLOT_PROMPTS = {
  pain_quote: 'their words for the problem',
  goal: 'the goal they named',
  metric: 'the measure you agreed',
  person: 'name',
  company: 'company',
  date: 'date',
  renewal_date: 'renewal date',
  result: 'a result, in their own numbers',
  task: 'the task that hurts',
} as const;
export type SlotName = keyof typeof SLOT_PROMPTS;
export const SLOT_NAMES = Object.keys(SLOT_PROMPTS) as SlotName[];

export type SlotFacts = Partial<Record<SlotName, string>>;

export type SlotSegment =
  | { kind: 'text'; text: string }
  /** A slot filled from a confirmed fact: user text, rendered isolated (bidi). */
  | { kind: 'filled'; slot: SlotName; text: string }
  /** A slot nothing confirmed could fill: the rep must complete it. */
  | { kind: 'prompt'; slot: SlotName; text: string };

const SLOT = /\{([a-z_]+)\}/g;
const QUOTE_MAX = 200;
const FIELD_MAX = 160;

const isSlot = (name: string): name is SlotName => Object.hasOwn(SLOT_PROMPTS, name);

/** Splits `text` into plain text, filled slots and prompts. Unknown `{names}` stay as text. */
export function slotSegments(text: string, facts: SlotFacts): SlotSegment[] {
  const out: SlotSegment[] = [];
  let at = 0;
  for (const match of text.matchAll(SLOT)) {
    const name = match[1]!;
    if (!isSlot(name)) continue;
    if (match.index > at) out.push({ kind: 'text', text: text.slice(at, match.index) });
    const fact = facts[name]?.trim();
    out.push(
      fact
        ? { kind: 'filled', slot: name, text: fact }
        : { kind: 'prompt', slot: name, text: `[${SLOT_PROMPTS[name]}]` },
    );
    at = match.index + match[0].length;
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) });
  return out;
}

/** The text with every slot filled or turned into its `[prompt]`: what is copied or inserted. */
export function fillSlots(text: string, facts: SlotFacts): string {
  return slotSegments(text, facts)
    .map((s) => s.text)
    .join('');
}

/** True when the filled text still holds prompts the rep must complete. */
export function hasPrompts(text: string, facts: SlotFacts): boolean {
  return slotSegments(text, facts).some((s) => s.kind === 'prompt');
}

export interface SlotFactSources {
  account: Pick<Account, 'name' | 'successMetric' | 'renewalDate' | 'discovery'>;
  /** Evidence of the account; only confirmed quotes in the customer's own words are used. */
  evidence?: readonly Evidence[];
  /** The person the rep is talking to, when known. */
  person?: Pick<Person, 'id' | 'name'>;
  /** Prefer a quote for this motivation (the entry's or the account's leading one). */
  motivation?: MotivationId;
}

/**
 * The facts slots may use. A quote counts only when the rep CONFIRMED it and it is the
 * customer's own words (`customerQuotes`, the one rule for whose words are whose): never the
 * rep's lines on a call, their notes or discovery answers, nor a speaker nobody has named yet;
 * suggested and rejected evidence never fills a slot. Prefers the person in front of the rep,
 * then the motivation, then the strongest and most recent quote.
 */
export function slotFacts({ account, evidence = [], person, motivation }: SlotFactSources): SlotFacts {
  const quotes = customerQuotes(evidence).filter((e) => e.quote?.trim());
  const rank = (e: Evidence) =>
    (person && e.personId === person.id ? 4 : 0) +
    (motivation && e.motivation === motivation ? 2 : 0) +
    e.weight;
  const best = [...quotes].sort((a, b) => rank(b) - rank(a) || b.at.localeCompare(a.at))[0];
  const field = (value: string | undefined) => (value?.trim() ? cutText(value.trim(), FIELD_MAX) : undefined);
  const facts: SlotFacts = {
    company: account.name,
    pain_quote: best?.quote ? `“${cutText(best.quote.trim(), QUOTE_MAX)}”` : undefined,
    goal: field(account.discovery['achieve']),
    metric: field(account.successMetric) ?? field(account.discovery['success']),
    person: person ? person.name.trim().split(/\s+/)[0] : undefined,
    renewal_date: account.renewalDate,
    task: field(account.discovery['pain']),
  };
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v));
}

/** Picks with their text filled (slots or prompts), for documents such as the briefs. */
export function withSlotsFilled<P extends { entry: { text: string } }>(
  picks: readonly P[],
  facts: SlotFacts,
): P[] {
  return picks.map((p) => ({ ...p, entry: { ...p.entry, text: fillSlots(p.entry.text, facts) } }));
}

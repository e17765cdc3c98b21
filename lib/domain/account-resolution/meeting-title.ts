/**
 * Meeting titles and calendar-style names ("Northwind Freight — discovery", "Acme <> Motive
 * weekly", "Weekly sync | Lakeside") name the customer loosely: a short form of the account's
 * name, in one part of a title split by the calendar's separators. This finds the account they
 * name, how sure that is, and why, in the rep's words. Pure.
 *
 * Levels, strongest first (a tie between two accounts at the best level matches nothing):
 *  1. every word of the account's name is in the title;
 *  2. every word matches a word of one part with a small typo ("Nortwind Logistics");
 *  3. the account's first, distinctive word opens one part of the title ("Northwind Freight").
 */
import { cleanIdentityText } from '../text';
import { companyTokens, mentionsCompany } from './company-name';
import type { KnownAccount } from './types';

export interface TitleMatch {
  account: KnownAccount;
  /** 0–1. */
  confidence: number;
  reason: string;
}

/** Calendar separators: dashes between spaces, pipes, colons, slashes, bullets, "<>", " x ", "vs". */
const SEPARATORS = /\s+[-–—]+\s+|\s*[|:/•·]\s*|\s*<-?>\s*|\s+(?:x|vs\.?|with)\s+/iu;

/** Words too common in titles or company names to identify a customer on their own. */
const GENERIC = new Set(
  (
    'weekly daily monthly quarterly annual sync call meeting discovery demo review pilot renewal ' +
    'check kickoff intro introduction update team catch follow planning project standup stand ' +
    'internal external global north south east west first new general united american national ' +
    'international digital data systems solutions services technologies technology partners ' +
    'consulting software labs logistics health and'
  ).split(' '),
);

const CONFIDENCE = { whole: 0.6, typo: 0.55, lead: 0.45 } as const;
type Level = keyof typeof CONFIDENCE;

function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const grams = new Set<string>();
  for (let i = 0; i < padded.length - 2; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** Jaccard overlap of two words' trigrams: 1 for equal words, ~0.6 for one letter dropped. */
function wordSimilarity(a: string, b: string): number {
  const ga = trigrams(a);
  const gb = trigrams(b);
  const common = [...ga].filter((g) => gb.has(g)).length;
  return common / (ga.size + gb.size - common);
}

function levelFor(title: string, parts: readonly string[][], name: string): Level | undefined {
  if (mentionsCompany(title, name)) return 'whole';
  const tokens = companyTokens(name);
  if (tokens.length === 0) return undefined;
  const close = (part: string[]) =>
    tokens.every((t) => part.some((w) => w.length >= 4 && wordSimilarity(w, t) >= 0.55));
  if (tokens.length >= 2 && parts.some(close)) return 'typo';
  const lead = tokens[0]!;
  if (lead.length >= 4 && !GENERIC.has(lead) && parts.some((part) => part[0] === lead)) return 'lead';
  return undefined;
}

function reasonFor(level: Level, title: string, where: string, account: KnownAccount): string {
  const quoted = `The ${where} “${title}”`;
  if (level === 'whole') return `${quoted} names ${account.name}.`;
  if (level === 'typo') return `${quoted} looks like ${account.name} (spelled differently).`;
  const lead = companyTokens(account.name)[0]!;
  const word = title.split(/\s+/).find((w) => companyTokens(w)[0] === lead) ?? lead;
  const opens = companyTokens(title)[0] === lead ? 'starts with' : 'names';
  return `${quoted} ${opens} “${word.replace(/[^\p{L}\p{N}&'-]/gu, '')}”, like ${account.name}.`;
}

/**
 * The account a meeting title (or thread subject, with `where: 'thread subject'`) names, or
 * undefined when none does or two do equally. Pass the accounts that may be the customer (the
 * seller's own company already left out).
 */
export function matchTitleToAccount(
  rawTitle: string,
  accounts: readonly KnownAccount[],
  where = 'meeting title',
): TitleMatch | undefined {
  const title = cleanIdentityText(rawTitle);
  if (!title) return undefined;
  const parts = title
    .split(SEPARATORS)
    .map((part) => companyTokens(part))
    .filter((part) => part.length > 0);
  const order: Level[] = ['whole', 'typo', 'lead'];
  const found = accounts
    .map((account) => ({ account, level: levelFor(title, parts, account.name) }))
    .filter((m): m is { account: KnownAccount; level: Level } => m.level !== undefined)
    // Longer names first, so "Acme Labs" wins over "Acme" when both are named whole.
    .sort(
      (a, b) =>
        order.indexOf(a.level) - order.indexOf(b.level) ||
        companyTokens(b.account.name).length - companyTokens(a.account.name).length,
    );
  const [best, next] = found;
  if (!best) return undefined;
  // "Acme" inside "Acme Labs" is no rival; two different companies at one level are.
  const bestWords = new Set(companyTokens(best.account.name));
  const inside = (account: KnownAccount) => companyTokens(account.name).every((t) => bestWords.has(t));
  const tie = next && next.level === best.level && !inside(next.account);
  if (tie) return undefined;
  return {
    account: best.account,
    confidence: CONFIDENCE[best.level],
    reason: reasonFor(best.level, title, where, best.account),
  };
}

/**
 * Company names as people type them differ in case, accents, punctuation and legal form
 * ("ACME Corp.", "Acme Corporation", "Acmé Inc"). These helpers compare them on what is left,
 * after `nameMatchKey` (NFKC, bidi and zero-width characters stripped: "Da\u200Bna" is Dana).
 */

import { nameMatchKey } from '../text';

/** Legal forms and filler words that do not tell companies apart. */
const NOISE = new Set([
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'llp',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'sarl',
  'bv',
  'nv',
  'plc',
  'corp',
  'corporation',
  'co',
  'company',
  'kg',
  'oy',
  'ab',
  'as',
  'spa',
  'srl',
  'pty',
  'pte',
  'kk',
  'the',
  'group',
  'holding',
  'holdings',
]);

/** Lower-cased, accent-folded tokens of a company name, legal forms removed. */
export function companyTokens(name: string): string[] {
  return (
    nameMatchKey(name)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/&/g, ' and ')
      // "S.A.", "B.V.": dotted abbreviations become one token (then dropped as legal forms).
      .replace(/\./g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((token) => token.length > 0 && !NOISE.has(token))
  );
}

/** Character trigrams of a token string (for typo-tolerant comparison). */
function trigrams(text: string): Set<string> {
  const padded = `  ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i < padded.length - 2; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/**
 * Similarity of two company names in [0, 1]: the larger of token overlap (Dice) and
 * character-trigram overlap (Jaccard), so both word order and small typos are forgiven.
 */
export function companyNameSimilarity(a: string, b: string): number {
  const ta = companyTokens(a);
  const tb = companyTokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const setB = new Set(tb);
  const shared = new Set(ta.filter((t) => setB.has(t))).size;
  const dice = (2 * shared) / (new Set(ta).size + setB.size);
  const ga = trigrams(ta.join(' '));
  const gb = trigrams(tb.join(' '));
  const common = [...ga].filter((g) => gb.has(g)).length;
  const jaccard = common / (ga.size + gb.size - common);
  return Math.max(dice, jaccard);
}

/** True when every token of `name` appears as a word of `text` (e.g. an account in a title). */
export function mentionsCompany(text: string, name: string): boolean {
  const tokens = companyTokens(name);
  if (tokens.length === 0) return false;
  const words = new Set(companyTokens(text));
  return tokens.every((t) => words.has(t));
}

/** "acme-labs.co.uk" → "Acme Labs": a readable name suggestion from a domain. */
export function nameFromDomain(domain: string): string {
  const label =
    domain
      .toLowerCase()
      .replace(/^www\./, '')
      .split('.')[0] ?? domain;
  return label
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/**
 * A person's name compared on its words: case, accents and punctuation folded, and the
 * apps' parenthesised labels dropped ("Dana Reyes (Guest)", "Lena Vogt (External)").
 */
export function personNameKey(name: string): string {
  return nameMatchKey(name)
    .replace(/\([^)]*\)/g, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

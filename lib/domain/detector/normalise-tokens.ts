/**
 * Turns one sentence of buyer text into normalised tokens that keep their offsets, so the
 * same features come out of clean prose, lower-case captions and emails: fillers ("um",
 * "you know") and stuttered repeats are dropped, words are lower-cased and lightly stemmed,
 * and words inside a negation's scope are prefixed with "!" ("not worried" → "!worried").
 */

export interface Token {
  /** Lower-case surface form ("isn't" → "isn't"), "!"-prefixed when negated. */
  word: string;
  /** Light stem used for model features, "!"-prefixed when negated. */
  stem: string;
  start: number;
  end: number;
}

const WORD = /[a-z0-9]+(?:['’][a-z]+)?(?:-[a-z0-9]+)*/gi;
const FILLERS = new Set(['um', 'umm', 'uh', 'uhm', 'erm', 'er', 'ah', 'hmm', 'mm', 'mhm', 'uh-huh']);
const FILLER_PAIRS = new Set(['you know', 'i mean', 'sort of', 'kind of']);
const NEGATORS = new Set([
  'not', 'no', 'never', 'none', 'nothing', 'nobody', "nobody's", 'noone', "nothing's", "no-one",
  "no-one's", 'neither', 'nor', 'without', 'cannot',
  'hardly', 'dont', 'doesnt', 'isnt', 'arent', 'wasnt', 'werent', 'wont', 'cant', 'couldnt',
  'shouldnt', 'wouldnt', 'havent', 'hasnt', 'hadnt', 'didnt', 'aint',
]); // prettier-ignore
/** Words that end a negation's scope: "not X but Y" keeps Y positive. */
const SCOPE_ENDS = new Set(['but', 'though', 'although', 'however', 'yet', 'because', 'so']);
/** "X isn't a concern": these nouns after a negator negate the whole clause before them. */
const CONCERN_NOUNS = new Set([
  'concern', 'issue', 'problem', 'worry', 'priority', 'focus', 'factor', 'dealbreaker', 'question',
  'topic', 'thing', 'driver', 'pain', 'headache', 'big', 'deal', 'concerned', 'worried', 'bothered',
  'relevant', 'important', 'urgent',
]); // prettier-ignore
/** Words a negation reaches: "not planning to open any new stores" needs six. */
const NEGATION_REACH = 6;
/** "don't want another tool", "can't afford an outage": aversion, not a negated topic. */
const AVERSION_VERBS = new Set(['want', 'wanna', 'afford', 'wish']);

/** Light, consistent suffix stripping (not a linguist's stemmer; it only has to be stable). */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/, '');
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w;
}

function isNegator(word: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't") || word.endsWith('n’t');
}

/** Tokens of `text[start, end)` with offsets into `text`. */
export function normaliseTokens(text: string, start = 0, end = text.length): Token[] {
  const raw: { word: string; start: number; end: number; breakBefore: boolean }[] = [];
  let previousEnd = start;
  for (const match of text.slice(start, end).matchAll(WORD)) {
    const s = start + (match.index ?? 0);
    const word = match[0].toLowerCase().replace(/’/g, "'");
    const breakBefore = /[,;:()"–—]|\s-\s/.test(text.slice(previousEnd, s));
    previousEnd = s + match[0].length;
    raw.push({ word, start: s, end: previousEnd, breakBefore });
  }
  // 1. Drop fillers and stutters ("the the"), keeping clause breaks on the next word.
  const kept: typeof raw = [];
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i]!;
    const pair = i + 1 < raw.length ? `${token.word} ${raw[i + 1]!.word}` : '';
    if (FILLER_PAIRS.has(pair)) {
      if (raw[i + 2]) raw[i + 2]!.breakBefore ||= token.breakBefore;
      i++;
      continue;
    }
    const previous = kept[kept.length - 1];
    if (FILLERS.has(token.word) || (previous && previous.word === token.word)) {
      if (raw[i + 1]) raw[i + 1]!.breakBefore ||= token.breakBefore;
      continue;
    }
    kept.push(token);
  }
  // 2. Mark negation scopes.
  const negated = new Array<boolean>(kept.length).fill(false);
  let clauseStart = 0;
  for (let i = 0; i < kept.length; i++) {
    if (kept[i]!.breakBefore || SCOPE_ENDS.has(kept[i]!.word)) clauseStart = i;
    if (!isNegator(kept[i]!.word) || AVERSION_VERBS.has(kept[i + 1]?.word ?? '')) continue;
    let j = i + 1;
    for (; j < kept.length && j <= i + NEGATION_REACH; j++) {
      if (kept[j]!.breakBefore || SCOPE_ENDS.has(kept[j]!.word)) break;
      negated[j] = true;
      if (CONCERN_NOUNS.has(kept[j]!.word)) {
        for (let k = clauseStart; k < i; k++) negated[k] = true;
      }
    }
  }
  return kept.map((token, i) => {
    const prefix = negated[i] ? '!' : '';
    return {
      word: prefix + token.word,
      stem: prefix + stem(token.word),
      start: token.start,
      end: token.end,
    };
  });
}

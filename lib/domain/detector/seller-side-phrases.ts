/**
 * The seller's own people in the buyer's words: "your security team", "your solutions
 * engineer", "your architects". The buyer is talking to the seller, so a role named after
 * "your" belongs to the vendor and is not in the buyer's decision. Role cues are read with
 * these phrases left out (the motivation reading keeps them: "your support took two days" is
 * the buyer's pain all the same).
 */
import { addFeatureNames } from './feature-hash';
import type { Token } from './normalise-tokens';
import type { ScoredSentence } from './turn-windows';

const SECOND_PERSON = new Set(['your', '!your']);
/** Words left out after "your": the phrase and its verb ("your security team will review"). */
const PHRASE_WORDS = 4;
/** Words that start the buyer's own clause again: the phrase stops before them. */
const PHRASE_ENDS = new Set([
  'our', 'my', 'we', 'i', 'us', 'me', 'and', 'but', 'or', 'so', 'because', 'while', 'who', 'that',
  'which', 'to', 'with', 'for', 'before', 'after', 'once', 'then', 'still', 'need', 'needs',
]); // prettier-ignore
/**
 * People and teams. Only a phrase naming one is the seller's side: "your proposal", "your
 * security whitepaper" and "I'll be your champion" are the buyer's own role at work.
 */
const PEOPLE = new Set([
  'team', 'people', 'staff', 'folk', 'guy', 'colleague', 'engineer', 'architect', 'developer', 'dev',
  'consultant', 'specialist', 'expert', 'rep', 'ae', 'se', 'sdr', 'bdr', 'csm', 'support', 'ceo',
  'cfo', 'cto', 'ciso', 'coo', 'founder', 'manager', 'department', 'legal', 'lawyer', 'salesperson',
]); // prettier-ignore
/** "I'll be your …", "I'm your …": the buyer describing themself. */
const SELF = new Set(['be', 'am', "i'm", 'im', 'is', 'are']);

const plain = (word: string) => word.replace(/^!/, '');
const isPerson = (word: string) => {
  const w = plain(word).replace(/['’]s$/, '');
  return PEOPLE.has(w) || (w.endsWith('s') && PEOPLE.has(w.slice(0, -1)));
};

/** The tokens without each "your …" phrase that names the seller's people; the same array when there is none. */
export function withoutSellerPhrases(tokens: readonly Token[]): readonly Token[] {
  const drop = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!SECOND_PERSON.has(tokens[i]!.word) || SELF.has(plain(tokens[i - 1]?.word ?? ''))) continue;
    let end = i + 1;
    while (end - i - 1 < PHRASE_WORDS && end < tokens.length && !PHRASE_ENDS.has(plain(tokens[end]!.word)))
      end++;
    if (!tokens.slice(i + 1, end).some((t) => isPerson(t.word))) continue;
    for (let k = i; k < end; k++) drop.add(k);
  }
  return drop.size === 0 ? tokens : tokens.filter((_, k) => !drop.has(k));
}

/** The sentences as role cues read them: featurised again only where a phrase was left out. */
export function forRoleCues(sentences: readonly ScoredSentence[]): ScoredSentence[] {
  return sentences.map((sentence) => {
    const tokens = withoutSellerPhrases(sentence.tokens);
    return tokens === sentence.tokens
      ? sentence
      : { ...sentence, tokens: [...tokens], names: addFeatureNames(tokens, new Set()) };
  });
}

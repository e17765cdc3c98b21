/**
 * Style augmentation (training only, reported separately from the base corpus): a written
 * item is re-said as a live caption (lower case, no punctuation, fillers, a stutter) and as
 * a terse chat message, so the model meets each wording in every style a buyer uses. Labels
 * are unchanged: the words are the same. Seeded, so the same corpus gives the same items.
 */
import { ownSentences } from '../../lib/domain/detector/turn-windows';
import type { CorpusItem } from './corpus';
import { seededRandom } from './logistic-regression';

const FILLERS = ['um', 'uh', 'you know', 'like', 'i mean', 'so', 'yeah'];
const CHAT_SWAPS: [RegExp, string][] = [
  [/\byou\b/gi, 'u'],
  [/\bplease\b/gi, 'pls'],
  [/\bthanks\b/gi, 'thx'],
  [/\bI am\b/g, "I'm"],
  [/\bdo not\b/gi, "don't"],
];

/** A caption rendering of the text: what live captions would show for it said aloud. */
export function asCaption(text: string, random: () => number): string {
  const words = text
    .toLowerCase()
    .replace(/[’']/g, (m) => (random() < 0.3 ? '' : m))
    .replace(/[^a-z0-9'\s-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const out: string[] = [];
  words.forEach((word, i) => {
    if (i > 0 && random() < 0.08) out.push(FILLERS[Math.floor(random() * FILLERS.length)]!);
    if (random() < 0.04) out.push(word);
    out.push(word);
  });
  return out.join(' ');
}

/** A chat rendering: the sentences run together, casual spellings, no closing full stop. */
export function asChat(text: string, random: () => number): string {
  let chat = text.replace(/\s*\n+\s*/g, ' ').trim();
  for (const [pattern, swap] of CHAT_SWAPS) if (random() < 0.5) chat = chat.replace(pattern, swap);
  if (random() < 0.6) chat = chat.replace(/[.!]+$/, '');
  if (random() < 0.5) chat = chat.charAt(0).toLowerCase() + chat.slice(1);
  return chat;
}

/** Augmented copies of the written items that are short enough to be said in one turn. */
export function augment(items: readonly CorpusItem[], seed: number): CorpusItem[] {
  const random = seededRandom(seed);
  const seen = new Set(items.map((i) => i.text.toLowerCase()));
  const out: CorpusItem[] = [];
  const add = (item: CorpusItem, style: CorpusItem['style'], text: string) => {
    const key = text.toLowerCase();
    if (!text.trim() || seen.has(key)) return;
    seen.add(key);
    out.push({
      ...item,
      id: `${item.id}~${style}`,
      style,
      text,
      channel: style === 'chat' ? 'chat' : 'call',
    });
  };
  for (const item of items) {
    if (item.style === 'caption' || item.style === 'email') continue;
    const words = ownSentences(item.text).reduce((n, s) => n + s.tokens.length, 0);
    if (words > 60) continue;
    add(item, 'caption', asCaption(item.text, random));
    if (item.style !== 'chat' && random() < 0.5) add(item, 'chat', asChat(item.text, random));
  }
  return out;
}

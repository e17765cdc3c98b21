/**
 * Who is the buyer and who the seller for one run: names given on the command line, then
 * names that state their side ("Sam (us)", "Sales Rep", "Customer"), then the transcript's attendee
 * list ("Attendees: Sarah Chen (AE, Acme), …"; header-sides.ts), then, when nothing at all
 * is known, the one speaker who clearly sounds like the vendor. The report says which it was,
 * so a wrong guess is visible and can be overridden.
 */
import { headerSides } from './header-sides';
import { guessSeller, statedSide } from './speaker-sides';
import type { TranscriptLine } from './transcript-line';

export interface Sides {
  buyers: string[];
  sellers: string[];
  /** One sentence for the report on how the sides were decided. */
  note: string;
}

const list = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');
const OVERRIDE = 'pass --seller NAME or --buyer NAME to set the sides';

export function decideSides(
  transcript: readonly TranscriptLine[],
  buyers: readonly string[],
  sellers: readonly string[],
): Sides {
  const speakers = [...new Set(transcript.flatMap((l) => (l.speaker ? [l.speaker] : [])))];
  // A side the input gives a speaker's lines (.jsonl "side") counts as stated by name.
  const given = new Map(
    transcript.flatMap((l) => (l.speaker && l.side ? [[l.speaker, l.side] as const] : [])),
  );
  const sideOf = (s: string) => given.get(s) ?? statedSide(s);
  const statedSellers = speakers.filter((s) => sideOf(s) === 'seller');
  const statedBuyers = speakers.filter((s) => sideOf(s) === 'buyer');
  const all = {
    buyers: [...buyers, ...statedBuyers],
    sellers: [...sellers, ...statedSellers],
  };
  if (buyers.length + sellers.length > 0)
    return {
      ...all,
      note: `Sides as given${statedSellers.length ? `, and ${list(statedSellers)} by name` : ''}.`,
    };
  if (statedSellers.length + statedBuyers.length > 0)
    return {
      ...all,
      note: `Sides by the speakers' names: ${[...statedSellers.map((s) => `${s} is the seller`), ...statedBuyers.map((s) => `${s} the buyer`)].join(', ')}.`,
    };
  const listed = headerSides(transcript);
  if (listed)
    return {
      buyers: listed.buyers,
      sellers: listed.sellers,
      note: `Sides by the attendee list (line ${listed.sourceLine}): ${[...listed.sellers.map((s) => `${s} is the seller`), ...listed.buyers.map((s) => `${s} the buyer`)].join(', ')}; ${OVERRIDE}.`,
    };
  const guess = guessSeller(transcript);
  if (guess)
    return {
      buyers: [],
      sellers: [guess.seller],
      note: `${guess.seller} is taken as the seller (sounds like the vendor: ${list([...new Set(guess.cues.map((c) => c.toLowerCase()))].slice(0, 4))}); ${OVERRIDE}.`,
    };
  if (speakers.length > 1)
    return {
      buyers: [],
      sellers: [],
      note: `Nobody is marked as the seller, so every speaker's words are read as the buyer's; ${OVERRIDE}.`,
    };
  return { buyers: [], sellers: [], note: '' };
}

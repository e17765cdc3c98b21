/**
 * Which side a speaker is on. Names given with --buyer/--seller match case-insensitively.
 * A speaker named by role ("Sales Rep", "AE", "Customer", "Prospect") or tagged with one
 * ("Alex (us)", "Jordan - AE", "Priya (customer)") is on that side whatever else was given:
 * the rep's words are never customer quotes. Otherwise: when only sellers are named, everyone
 * else is a buyer (the usual case: "I am the rep"); when only buyers are named, everyone else
 * is a seller; with no names, sides are unknown and every line counts as possible buyer
 * evidence, unless `guessSeller` finds who sounds like the vendor.
 */
import type { SpeakerSide } from '../../lib/domain/detector/types';
import { BUYER_SHORT, BUYER_TITLES, SELLER_SHORT, SELLER_TITLES } from './side-words';

const SELLER_ROLES = `${SELLER_TITLES}|${SELLER_SHORT}`;
const BUYER_ROLES = `${BUYER_TITLES}|${BUYER_SHORT}`;
/** "Customer", "Rep 2", or the role first with the name as a tag: "AE (Sarah)", "Prospect - Tom". */
const ROLE_AS_NAME = (roles: string) =>
  new RegExp(String.raw`^(?:${roles})(?:\s*\d+)?(?:\s*\([^()]*\)|\s*\[[^[\]]*\]|\s[-–]\s*.+)?$`);
const ROLE_AS_TAG = (roles: string) =>
  new RegExp(String.raw`(?:\((?:${roles})\)|\[(?:${roles})\]|\s[-–,]\s*(?:${roles}))$`);
const SELLER_NAME = ROLE_AS_NAME(SELLER_ROLES);
const SELLER_TAG = ROLE_AS_TAG(SELLER_ROLES);
const BUYER_NAME = ROLE_AS_NAME(BUYER_ROLES);
const BUYER_TAG = ROLE_AS_TAG(BUYER_ROLES);

/** The side a speaker's name or tag states by itself, if any. */
export function statedSide(speaker: string | undefined): SpeakerSide | undefined {
  const name = (speaker ?? '').trim().toLowerCase();
  if (!name) return undefined;
  if (SELLER_NAME.test(name) || SELLER_TAG.test(name)) return 'seller';
  if (BUYER_NAME.test(name) || BUYER_TAG.test(name)) return 'buyer';
  return undefined;
}

/** Returns a function from speaker name (maybe missing) to side. */
export function sideResolver(buyers: readonly string[], sellers: readonly string[]) {
  const norm = (name: string) => name.trim().toLowerCase();
  const buyerSet = new Set(buyers.map(norm));
  const sellerSet = new Set(sellers.map(norm));
  return (speaker: string | undefined): SpeakerSide => {
    const name = norm(speaker ?? '');
    const stated = statedSide(name);
    if (stated) return stated;
    if (name && buyerSet.has(name)) return 'buyer';
    if (name && sellerSet.has(name)) return 'seller';
    if (sellerSet.size > 0 && buyerSet.size === 0) return 'buyer';
    if (buyerSet.size > 0 && sellerSet.size === 0) return 'seller';
    return 'unknown';
  };
}

/**
 * What a vendor says and a buyer rarely does: their own product, offers to show or send,
 * and the discovery questions. ("Our team" is not here: buyers say it all the time.)
 */
const VENDOR_CUES = [
  /\bour (platform|product|solution|tool|software|app|pricing|plans?|integrations?|roadmap|implementation team|onboarding team|customers|clients)\b/gi,
  /\bwe (offer|provide|integrate with|help (companies|teams|customers|businesses)|can (set that up|get you|show you|send))\b/gi,
  /\b(let me|I'?ll|I can|I'?d love to|happy to) (show you|walk you through|share my screen|send (you|over)|set up a (demo|trial))\b/gi,
  /\b(tell|walk) me (about|through)\b/gi,
  /\b(what (prompted|made) you|who else (would|will|needs to|should) (be involved|weigh in|sign)|what (would|does) success look like|what'?s driving (this|that)|what are you (using|doing) (today|now|currently))\b/gi,
  /\bhow (are you|do you) (currently|handle|manage|deal with|track)\b/gi,
  /\b(customers|companies|teams) (like you|like yours|your size)\b/gi,
  /\b(does that (make sense|sound)|(free )?trial|case study|proof of concept)\b/gi,
];

export interface SellerGuess {
  seller: string;
  /** The vendor phrases heard from them, for the report. */
  cues: string[];
  turns: number;
}

/**
 * The one speaker who clearly sounds like the vendor, or undefined: at least two vendor
 * phrases, in a quarter of their turns or more, and twice as many per turn as anyone else.
 */
export function guessSeller(
  lines: readonly { speaker?: string; text: string; notOwnWords?: boolean }[],
): SellerGuess | undefined {
  const bySpeaker = new Map<string, { cues: string[]; turns: number }>();
  for (const line of lines) {
    if (!line.speaker || line.notOwnWords) continue;
    const entry = bySpeaker.get(line.speaker) ?? { cues: [], turns: 0 };
    entry.turns++;
    for (const cue of VENDOR_CUES) entry.cues.push(...(line.text.match(cue) ?? []));
    bySpeaker.set(line.speaker, entry);
  }
  if (bySpeaker.size < 2) return undefined;
  const ranked = [...bySpeaker.entries()]
    .map(([seller, e]) => ({ seller, ...e, rate: e.cues.length / e.turns }))
    .sort((a, b) => b.rate - a.rate);
  const [top, next] = ranked as [(typeof ranked)[0], (typeof ranked)[0]];
  if (top.cues.length < 2 || top.rate < 0.25 || top.rate < 2 * next.rate) return undefined;
  return { seller: top.seller, cues: top.cues, turns: top.turns };
}

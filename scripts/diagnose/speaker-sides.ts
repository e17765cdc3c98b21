/**
 * Which side a speaker is on. Names given with --buyer/--seller match case-insensitively.
 * When only sellers are named, everyone else is a buyer (the usual case: "I am the rep");
 * when only buyers are named, everyone else is a seller; with no names, sides are unknown
 * and every line counts as possible buyer evidence. A name marked as ours ("Alex (us)",
 * "Sam (rep)") is always the seller's side: the rep's words are never customer quotes.
 */
import type { SpeakerSide } from '../../lib/domain/detector/types';

const OUR_SIDE = /\((us|me|we|rep|seller|sales|ae|sdr|bdr|am|csm|our side|vendor)\)$/;

/** Returns a function from speaker name (maybe missing) to side. */
export function sideResolver(buyers: readonly string[], sellers: readonly string[]) {
  const norm = (name: string) => name.trim().toLowerCase();
  const buyerSet = new Set(buyers.map(norm));
  const sellerSet = new Set(sellers.map(norm));
  return (speaker: string | undefined): SpeakerSide => {
    const name = norm(speaker ?? '');
    if (OUR_SIDE.test(name)) return 'seller';
    if (name && buyerSet.has(name)) return 'buyer';
    if (name && sellerSet.has(name)) return 'seller';
    if (sellerSet.size > 0 && buyerSet.size === 0) return 'buyer';
    if (buyerSet.size > 0 && sellerSet.size === 0) return 'seller';
    return 'unknown';
  };
}

/**
 * Whose line is it? The user's own lines are the seller's (never buyer evidence); a speaker
 * who is a known person of the account is the buyer; anyone else is unknown.
 */
import { personNameKey } from '@/lib/domain/account-resolution';
import type { SpeakerSide } from '@/lib/domain/detector';

/** Apps label the user's own captions with these words (Meet: "You"; localised variants). */
const SELF_LABELS = new Set([
  'you',
  'vous',
  'du',
  'sie',
  'tu',
  'tú',
  'você',
  'me',
  'ich',
  'moi',
  'jij',
  'вы',
  '自分',
  'あなた',
]);

/** Names compared on their words, case and accents folded ("Dana  Reyes" is "dana reyes"). */
export const nameKey = personNameKey;

export interface SideContext {
  userName?: string | undefined;
  userEmail?: string | undefined;
  /** Name keys of the account's known people. */
  knownPeople: ReadonlySet<string>;
}

export function speakerSide(speaker: string, context: SideContext): SpeakerSide {
  const key = nameKey(speaker);
  if (SELF_LABELS.has(speaker.trim().toLowerCase())) return 'seller';
  if (context.userName && key === nameKey(context.userName)) return 'seller';
  if (context.knownPeople.has(key)) return 'buyer';
  return 'unknown';
}

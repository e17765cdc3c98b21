/**
 * The follow-up email after a call, written for the buyer: their own words for the problem
 * (confirmed quotes from the customer's side only), the next steps the rep marked as agreed
 * with their dates, and the proof that fits what they care about. Nothing internal (no
 * diagnosis words, names of motivations, scores or ids), and a visible [prompt] wherever
 * nothing confirmed can fill a line: the rep completes and edits it before sending. Pure.
 */
import { customerQuotes } from '../../domain/diagnosis/evidence-side';
import { cutText } from '../../domain/text';
import type { CallRecap } from './build-recap';
import type { Commitment } from '../../domain/recap/commitments';
import { MONTHS, WEEKDAYS } from '../../domain/recap/due-date';

export interface FollowUpProof {
  label: string;
  url?: string;
}

export interface FollowUpInput {
  recap: Pick<CallRecap, 'heard'>;
  /** The person greeted; a prompt when nobody is named. */
  greet?: string;
  /** Commitments the rep marked as agreed in the recap (nothing unconfirmed is restated). */
  agreed: readonly Commitment[];
  /** Proof matched to their motivation, best first. */
  proof: readonly FollowUpProof[];
}

const QUOTES = 2;
const QUOTE_MAX = 200;
const SIDE: Record<Commitment['owner'], string> = {
  seller: 'From our side',
  buyer: 'From your side',
  both: 'Together',
  unknown: 'Agreed',
};
const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1);
const WEEKDAY = WEEKDAYS.map(capitalised);
const MONTH = MONTHS.map(capitalised);

/** "Friday 4 December" for 2026-12-04 (calendar date, no time zone shift). */
export function spokenDate(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00.000Z`);
  return `${WEEKDAY[d.getUTCDay()]} ${d.getUTCDate()} ${MONTH[d.getUTCMonth()]}`;
}

const FIRST_TO_SECOND: Record<string, string> = {
  i: 'you',
  me: 'you',
  my: 'your',
  mine: 'yours',
  we: 'you',
  us: 'you',
  our: 'your',
  ours: 'yours',
  "i'll": "you'll",
  'i’ll': 'you’ll',
  "we'll": "you'll",
  'we’ll': 'you’ll',
};

/** The buyer's own words addressed back to them: "check with my CFO" → "check with your CFO". */
export function toSecondPerson(action: string): string {
  return action.replace(
    /\b(?:i['’]ll|we['’]ll|i|me|my|mine|we|us|our|ours)\b/giu,
    (w) => FIRST_TO_SECOND[w.toLowerCase()] ?? w,
  );
}

/** One agreed step, addressed to the buyer, with its date when one was said. */
export function nextStepLine(c: Commitment): string {
  const action = c.speakerSide === 'buyer' ? toSecondPerson(c.action) : c.action;
  const date = c.due?.date ? ` (${spokenDate(c.due.date)})` : c.due ? '' : ' by [date]';
  return `- ${SIDE[c.owner]}: ${action}${date}.`;
}

function proofLine(proof: readonly FollowUpProof[]): string {
  const best = proof[0];
  if (!best)
    return 'Something that may help when you discuss this internally: [proof that fits what you described].';
  return best.url
    ? `Something that may help when you discuss this internally: ${best.label}, ${best.url}`
    : `Something that may help when you discuss this internally: [attach: ${best.label}].`;
}

/** The email's text, ready to insert at the cursor of a reply. */
export function buildFollowUpEmail(input: FollowUpInput): string {
  const quotes = input.recap.heard
    .flatMap((h) => customerQuotes(h.confirmed))
    .slice(0, QUOTES)
    .map((e) => `- “${cutText((e.quote ?? '').trim(), QUOTE_MAX)}”`);
  const first = input.greet?.trim().split(/\s+/)[0];
  return [
    `Hi ${first || '[name]'},`,
    '',
    'Thank you for your time today. Here is what I took away; please correct anything I got wrong.',
    '',
    'In your words:',
    ...(quotes.length ? quotes : ['- [their words for the problem]']),
    '',
    'Next steps:',
    ...(input.agreed.length ? input.agreed.map(nextStepLine) : ['- [the next step we agreed, and its date]']),
    '',
    proofLine(input.proof),
    '',
    'Best regards,',
  ].join('\n');
}

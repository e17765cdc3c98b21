/**
 * Who the page shows that the account's map lacks: the ONE rule for suggested people. The
 * background runs it for the active tab (entrypoints/background/context-details.ts) and the
 * panel shows its answer (`ActiveContext.suggestedPeople`); the background runs it again when
 * the account's people change, so someone just added drops off the list.
 */
import { emailDomain, FREE_MAIL_DOMAINS } from '../account-resolution/free-mail-domains';
import { personNameKey } from '../account-resolution/company-name';

export interface SeenPerson {
  name: string;
  email?: string | undefined;
  /** The job title the page shows, if any. */
  title?: string | undefined;
}

export type SeenIn = 'call' | 'email' | 'crm';

export interface SuggestedPerson {
  name: string;
  email?: string;
  title?: string;
  seenIn: SeenIn;
}

export interface PeopleSeen {
  /** Speakers heard in the tab's captions, most talkative first. */
  speakers: readonly string[];
  /** People the page shows: participants, a thread's senders and recipients. */
  onPage: readonly SeenPerson[];
  /** Where the page's people were seen (its surface). */
  seenIn: SeenIn;
  /** The account's saved people. */
  known: readonly SeenPerson[];
  /** The rep's own address, as the page shows it. */
  userEmail?: string | undefined;
  /** True for the rep's own caption label or name ("You", the signed-in name). */
  isSeller: (name: string) => boolean;
}

/** A page lists dozens of recipients at most worth adding; more is noise. */
export const MAX_SUGGESTED_PEOPLE = 20;

const lower = (email: string | undefined) => email?.trim().toLowerCase() || undefined;

/**
 * 1. Candidates: the speakers (seen in the call), then the page's people (seen on its surface).
 * 2. A page person on the rep's own email domain is a colleague, never the customer's.
 * 3. A free-mail address says nothing about the company: the person stays, the address goes.
 * 4. Never the rep (own label, name or address), nor anyone the map has (by name, or by
 *    address whatever its case), nor anyone twice (by name, or by address).
 * 5. At most `MAX_SUGGESTED_PEOPLE`, in the order seen.
 */
export function suggestPeople(seen: PeopleSeen): SuggestedPerson[] {
  const own = emailDomain(seen.userEmail);
  const userEmail = lower(seen.userEmail);
  const candidates: SuggestedPerson[] = [
    ...seen.speakers.map((name) => ({ name, seenIn: 'call' as const })),
    ...seen.onPage
      .filter((p) => !(own && emailDomain(p.email) === own))
      .map((p) => ({
        name: p.name,
        ...(p.email && !FREE_MAIL_DOMAINS.has(emailDomain(p.email) ?? '') ? { email: p.email } : {}),
        ...(p.title ? { title: p.title } : {}),
        seenIn: seen.seenIn,
      })),
  ];
  const names = new Set(seen.known.map((p) => personNameKey(p.name)));
  const emails = new Set(seen.known.flatMap((p) => lower(p.email) ?? []));
  const out: SuggestedPerson[] = [];
  for (const person of candidates) {
    const key = personNameKey(person.name);
    const email = lower(person.email);
    if (!key || names.has(key) || seen.isSeller(person.name)) continue;
    if (email && (emails.has(email) || email === userEmail)) continue;
    names.add(key);
    if (email) emails.add(email);
    out.push(person);
    if (out.length === MAX_SUGGESTED_PEOPLE) break;
  }
  return out;
}

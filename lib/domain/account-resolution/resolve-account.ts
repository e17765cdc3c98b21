/**
 * Which account is the active tab about? Strategies in order (product.md, issue 5):
 *
 *  1. the rep's choice for this page (page-key.ts: this thread, meeting or record; never a
 *     choice made on another page, so moving to another company's page follows that page);
 *  2. the CRM record key `<app>:<type>:<id>` bound to an account;
 *  3. email domains of the thread's external participants, and known people's addresses
 *     (the user's own domain and free-mail domains ignored);
 *  4. participants' domains and known people by name on calls and CRM pages;
 *  5. a fuzzy company name: the CRM account name, the meeting title or calendar name, the
 *     thread subject (meeting-title.ts says how loosely);
 *  6. unresolved, with a suggestion (name, domain, CRM key) to create the account.
 *
 * Pure: everything comes in as data; the result says why, with a confidence in [0, 1].
 */
import { APP_NAMES } from '../vocabulary';
import { companyNameSimilarity, nameFromDomain, personNameKey } from './company-name';
import { matchTitleToAccount } from './meeting-title';
import { domainBelongsTo, emailDomain, FREE_MAIL_DOMAINS } from './free-mail-domains';
import type { KnownAccount, Resolution, ResolutionPage, ResolutionPerson, ResolveInput } from './types';

const APP_LABEL: Record<string, string> = APP_NAMES;

/** The CRM record key accounts are bound with (Account.crmKeys). */
export function crmKey(page: ResolutionPage): string | undefined {
  return page.record ? `${page.app}:${page.record.type}:${page.record.id}` : undefined;
}

/** Domains of external participants (not the user's, not free mail), most frequent first. */
export function externalDomains(page: ResolutionPage): string[] {
  const own = emailDomain(page.userEmail);
  const counts = new Map<string, number>();
  for (const person of [...page.threadParticipants, ...page.people]) {
    const domain = emailDomain(person.email);
    if (!domain || FREE_MAIL_DOMAINS.has(domain) || (own && domainBelongsTo(domain, own))) continue;
    counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([d]) => d);
}

function byId(accounts: readonly KnownAccount[], id: string) {
  return accounts.find((a) => a.id === id);
}

/** Votes per account; the winner and whether it won clearly. */
function tally(votes: readonly string[]): { winner: string; clear: boolean } | undefined {
  const counts = new Map<string, number>();
  for (const id of votes) counts.set(id, (counts.get(id) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first ? { winner: first[0], clear: !second || second[1] < first[1] } : undefined;
}

function listNames(names: readonly string[]): string {
  return names.length <= 2
    ? names.join(' and ')
    : `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
}

function byDomain(input: ResolveInput, page: ResolutionPage): Resolution | undefined {
  const own = emailDomain(page.userEmail);
  const accounts = input.accounts.filter((a) => a.domain && !(own && domainBelongsTo(a.domain, own)));
  const isEmail = page.surface === 'email';
  const participants: readonly ResolutionPerson[] = isEmail ? page.threadParticipants : page.people;
  const votes: string[] = [];
  const evidence: string[] = [];
  for (const domain of externalDomains(page)) {
    const account = accounts.find((a) => domainBelongsTo(domain, a.domain!));
    if (!account) continue;
    const weight = participants.filter((p) => emailDomain(p.email) === domain).length || 1;
    for (let i = 0; i < weight; i++) votes.push(account.id);
    evidence.push(domain);
  }
  // A known person's exact address is as good as their company's domain.
  for (const person of participants) {
    const known =
      person.email && input.people.find((k) => k.email?.toLowerCase() === person.email!.toLowerCase());
    const domain = emailDomain(person.email);
    if (known && domain !== own) {
      votes.push(known.accountId);
      // Say the address only when its domain did not already explain the match.
      if (!evidence.includes(domain!)) evidence.push(person.email!);
    }
  }
  const pageDomain = page.account?.domain;
  const website = pageDomain ? accounts.find((a) => domainBelongsTo(pageDomain, a.domain!)) : undefined;
  const result = tally(votes);
  if (!result && website) {
    return {
      accountId: website.id,
      method: 'email-domain',
      confidence: 0.85,
      reason: `Matched on ${pageDomain} from the record’s website.`,
    };
  }
  if (!result) return undefined;
  const where = isEmail
    ? 'the email participants'
    : page.surface === 'crm'
      ? 'the record’s contacts'
      : 'the participants’ addresses';
  return {
    accountId: result.winner,
    method: isEmail ? 'email-domain' : 'participant-domain',
    confidence: result.clear ? (isEmail ? 0.9 : 0.8) : 0.5,
    reason: result.clear
      ? `Matched on ${listNames([...new Set(evidence)])} from ${where}.`
      : `Several accounts appear in ${where}; picked the most frequent (${listNames([...new Set(evidence)])}).`,
  };
}

function byKnownPeople(input: ResolveInput, page: ResolutionPage): Resolution | undefined {
  const seen = new Set(page.people.map((p) => personNameKey(p.name)).filter(Boolean));
  const matches = input.people.filter((k) => seen.has(personNameKey(k.name)));
  const result = tally(matches.map((m) => m.accountId));
  if (!result || !result.clear) return undefined;
  const names = [...new Set(matches.filter((m) => m.accountId === result.winner).map((m) => m.name))];
  const account = byId(input.accounts, result.winner);
  if (!account) return undefined;
  return {
    accountId: account.id,
    method: 'name',
    confidence: names.length >= 2 ? 0.75 : 0.6,
    reason: `Matched on ${listNames(names)}, known at ${account.name}.`,
  };
}

function byCompanyName(input: ResolveInput, page: ResolutionPage): Resolution | undefined {
  const own = emailDomain(page.userEmail);
  const accounts = input.accounts.filter((a) => !(own && a.domain && domainBelongsTo(a.domain, own)));
  const name = page.account?.name;
  if (name) {
    const scored = accounts
      .map((a) => ({ account: a, score: companyNameSimilarity(name, a.name) }))
      .sort((x, y) => y.score - x.score);
    const best = scored[0];
    if (best && best.score >= 0.8) {
      return {
        accountId: best.account.id,
        method: 'name',
        confidence: Math.round(best.score * 0.85 * 100) / 100,
        reason: `“${name}” on the page looks like ${best.account.name}.`,
      };
    }
  }
  const title = page.meetingTitle ?? page.threadSubject;
  const match = title
    ? matchTitleToAccount(title, accounts, page.meetingTitle ? 'meeting title' : 'thread subject')
    : undefined;
  if (match) {
    return {
      accountId: match.account.id,
      method: 'name',
      confidence: match.confidence,
      reason: match.reason,
    };
  }
  return undefined;
}

function unresolved(page: ResolutionPage): Resolution {
  const [domain] = externalDomains(page);
  const key = crmKey(page);
  const name = page.account?.name ?? (domain ? nameFromDomain(domain) : undefined);
  const suggestedDomain = page.account?.domain ?? domain;
  const suggestion = {
    ...(name ? { name } : {}),
    ...(suggestedDomain ? { domain: suggestedDomain } : {}),
    ...(key ? { crmKey: key } : {}),
  };
  return {
    accountId: null,
    method: null,
    confidence: 0,
    reason: name
      ? `No saved account matches this page yet; it looks like ${name}.`
      : 'No saved account matches this page, and it names no company.',
    ...(Object.keys(suggestion).length > 0 ? { suggestion } : {}),
  };
}

/** Resolves the account for a tab; see the module comment for the order of strategies. */
export function resolveAccount(input: ResolveInput): Resolution {
  const { page, binding } = input;
  const chosen = binding ? byId(input.accounts, binding.accountId) : undefined;
  if (chosen && binding) {
    return {
      accountId: chosen.id,
      method: 'manual',
      confidence: 1,
      reason: `You chose ${chosen.name} for ${binding.label}.`,
    };
  }
  const key = page ? crmKey(page) : undefined;
  const bound = key ? input.accounts.find((a) => a.crmKeys.includes(key)) : undefined;
  if (page && bound) {
    const app = APP_LABEL[page.app] ?? page.app;
    return {
      accountId: bound.id,
      method: 'crm-id',
      confidence: 1,
      reason: `Matched on the ${app} record id.`,
    };
  }
  if (!page) {
    return { accountId: null, method: null, confidence: 0, reason: 'This tab is not an app Motive reads.' };
  }
  return (
    byDomain(input, page) ?? byKnownPeople(input, page) ?? byCompanyName(input, page) ?? unresolved(page)
  );
}

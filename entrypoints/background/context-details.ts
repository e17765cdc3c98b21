/**
 * What the panel shows beside the resolution: the meeting (captions on/off and how to turn
 * them on in that app) and people seen on the page who are not saved for the account yet.
 */
import { emailDomain, FREE_MAIL_DOMAINS } from '@/lib/domain/account-resolution';
import type { Repositories } from '@/lib/db/repositories';
import type { PageContext } from '@/lib/messaging/page-context';
import type { AccountResolution, ActiveContext, SuggestedPerson } from '@/lib/messaging/protocol';
import { CAPTIONS_HELP } from '@/lib/sites/captions/captions-help';
import { nameKey, speakerSide } from './speaker-side';

const MAX_SUGGESTED = 20;

export interface ContextDetailsDeps {
  repos: Repositories;
  /** Speakers heard in the tab's captions, most talkative first. */
  speakers: (tabId: number) => string[];
}

function candidates(context: PageContext, speakers: string[]): SuggestedPerson[] {
  const seenIn = context.surface;
  const own = emailDomain(context.userEmail);
  const fromPage = [
    ...context.people,
    ...(context.thread?.messages.flatMap((m) => [m.from, ...m.to, ...m.cc]) ?? []),
  ].filter((p) => {
    // Colleagues (the user's domain) are not the customer's people.
    const domain = emailDomain(p.email);
    return !(domain && own && domain === own);
  });
  return [
    ...speakers.map((name) => ({ name, seenIn: 'call' as const })),
    ...fromPage.map((p) => ({
      name: p.name,
      ...(p.email && !FREE_MAIL_DOMAINS.has(emailDomain(p.email) ?? '') ? { email: p.email } : {}),
      seenIn,
    })),
  ];
}

export function createContextDetails({ repos, speakers }: ContextDetailsDeps) {
  return async function describe(
    context: PageContext | undefined,
    tabId: number | null,
    resolution: AccountResolution,
  ): Promise<Pick<ActiveContext, 'meeting' | 'suggestedPeople'>> {
    if (!context) return {};
    const meeting = context.meeting
      ? {
          ...(context.meeting.title ? { title: context.meeting.title } : {}),
          captionsOn: context.meeting.captionsOn,
          ...(context.meeting.captionsOn === false ? { captionsHelp: CAPTIONS_HELP[context.app] ?? '' } : {}),
        }
      : undefined;
    if (!resolution.accountId) return meeting ? { meeting } : {};
    const known = await repos.people.forAccount(resolution.accountId);
    const knownNames = new Set(known.map((p) => nameKey(p.name)));
    const knownEmails = new Set(known.flatMap((p) => (p.email ? [p.email.toLowerCase()] : [])));
    const side = { userName: context.userName, knownPeople: new Set<string>() };
    const seen = new Set<string>();
    const suggestedPeople = candidates(context, tabId === null ? [] : speakers(tabId))
      .filter((p) => {
        const key = nameKey(p.name);
        if (!key || seen.has(key) || knownNames.has(key) || speakerSide(p.name, side) === 'seller')
          return false;
        if (p.email && (knownEmails.has(p.email) || p.email === context.userEmail)) return false;
        seen.add(key);
        return true;
      })
      .slice(0, MAX_SUGGESTED);
    return { ...(meeting ? { meeting } : {}), suggestedPeople };
  };
}

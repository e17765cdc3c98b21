/**
 * What the panel shows beside the resolution: the meeting (captions on/off and how to turn
 * them on in that app) and people seen on the page who are not saved for the account yet
 * (the rule is `suggestPeople` in lib/domain; this is the one place that runs it).
 */
import type { Repositories } from '@/lib/db/repositories';
import { suggestPeople } from '@/lib/domain/stakeholders/suggest-people';
import type { PageContext } from '@/lib/messaging/page-context';
import type { AccountResolution, ActiveContext } from '@/lib/messaging/protocol';
import { CAPTIONS_HELP } from '@/lib/sites/captions/captions-help';
import { speakerSide } from './speaker-side';

export interface ContextDetailsDeps {
  repos: Repositories;
  /** Speakers heard in the tab's captions, most talkative first. */
  speakers: (tabId: number) => string[];
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
    const side = { userName: context.userName, knownPeople: new Set<string>() };
    const suggestedPeople = suggestPeople({
      speakers: tabId === null ? [] : speakers(tabId),
      onPage: [
        ...context.people,
        ...(context.thread?.messages.flatMap((m) => [m.from, ...m.to, ...m.cc]) ?? []),
      ],
      seenIn: context.surface,
      known: await repos.people.forAccount(resolution.accountId),
      userEmail: context.userEmail,
      isSeller: (name) => speakerSide(name, side) === 'seller',
    });
    return { ...(meeting ? { meeting } : {}), suggestedPeople };
  };
}

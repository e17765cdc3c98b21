/**
 * Resolves the account for a tab: adapts the stored page context, the page's binding and the
 * saved accounts and people to the pure resolver (lib/domain/account-resolution).
 */
import {
  resolveAccount,
  type KnownAccount,
  type KnownPerson,
  type ResolutionPage,
} from '@/lib/domain/account-resolution';
import type { Repositories } from '@/lib/db/repositories';
import type { MotiveDatabase } from '@/lib/db/schema';
import type { PageContext } from '@/lib/messaging/page-context';
import type { AccountResolution } from '@/lib/messaging/protocol';
import { pageOfTab, readBinding } from './page-bindings';

/** The resolver's view of a page context. */
export function toResolutionPage(context: PageContext): ResolutionPage {
  const messages = context.thread?.messages ?? [];
  return {
    app: context.app,
    surface: context.surface,
    record: context.record,
    account: context.account,
    people: context.people,
    threadParticipants: messages.flatMap((m) => [m.from, ...m.to, ...m.cc]),
    meetingTitle: context.meeting?.title,
    threadSubject: context.thread?.subject,
    userEmail: context.userEmail,
  };
}

export async function resolveActiveAccount(input: {
  db: MotiveDatabase;
  repos: Repositories;
  context: PageContext | undefined;
  tabId: number | null;
}): Promise<AccountResolution> {
  const { db, repos, context, tabId } = input;
  const [accounts, people, binding] = await Promise.all([
    repos.accounts.all(),
    db.people.filter((p) => p.deleted === 0).toArray(),
    tabId === null ? undefined : readBinding(db, pageOfTab(context, tabId).key),
  ]);
  return resolveAccount({
    page: context ? toResolutionPage(context) : undefined,
    accounts: accounts.map((a): KnownAccount => ({
      id: a.id,
      name: a.name,
      domain: a.domain,
      crmKeys: a.crmKeys,
    })),
    people: people.map((p): KnownPerson => ({ accountId: p.accountId, name: p.name, email: p.email })),
    binding,
  });
}

/**
 * Resolves the account for the active tab. CRM record keys first, then the page's account
 * domain; richer strategies (participants, names, pinning) plug in here.
 */
import type { Repositories } from '@/lib/db/repositories';
import type { MotiveDatabase } from '@/lib/db/schema';
import type { PageContext } from '@/lib/messaging/page-context';
import type { AccountResolution } from '@/lib/messaging/protocol';

export async function resolveActiveAccount(input: {
  db: MotiveDatabase;
  repos: Repositories;
  context: PageContext | undefined;
  tabId: number | null;
}): Promise<AccountResolution> {
  const { context, repos } = input;
  if (context === undefined) {
    return { accountId: null, method: null, confidence: 0, reason: 'This tab is not an app Motive reads.' };
  }
  if (context.record) {
    const key = `${context.app}:${context.record.type}:${context.record.id}`;
    const account = await repos.accounts.byCrmKey(key);
    if (account) {
      return {
        accountId: account.id,
        method: 'crm-id',
        confidence: 1,
        reason: `Matched on the ${context.app} record id.`,
      };
    }
  }
  const domain = context.account?.domain;
  if (domain) {
    const account = await repos.accounts.byDomain(domain);
    if (account) {
      return {
        accountId: account.id,
        method: 'email-domain',
        confidence: 0.9,
        reason: `Matched on ${domain}.`,
      };
    }
  }
  return {
    accountId: null,
    method: null,
    confidence: 0,
    reason: 'No saved account matches this page yet.',
    suggestion: {
      ...(context.account?.name ? { name: context.account.name } : {}),
      ...(domain ? { domain } : {}),
    },
  };
}

/**
 * The page context every CRM reader returns: the same shape for Salesforce, HubSpot,
 * Pipedrive and Dynamics, so the account resolver sees one format whatever the app.
 */
import type { AppId } from '../../domain/vocabulary';
import type { PagePerson } from '../../messaging/page-context';
import { identityText, uniquePeople } from '../dom/people';
import { LIMITS, readStatusFor, type PageRead } from '../site-reader';

export interface CrmRead {
  app: AppId;
  url: URL;
  /** What could not be read; a missing record id or name makes the read partial/unreadable. */
  missing: string[];
  record?: { type: string; id: string } | undefined;
  accountName?: string | undefined;
  domain?: string | undefined;
  /** Raw reads: empties and repeats are dropped here. */
  people: readonly (PagePerson | undefined)[];
}

/** The page context; the account name is cleaned like any name read from a page. */
export function crmPageRead({
  app,
  url,
  missing,
  record,
  accountName: rawName,
  domain,
  people,
}: CrmRead): PageRead {
  const accountName = identityText(rawName);
  return {
    app,
    surface: 'crm',
    url: url.href.slice(0, LIMITS.url),
    readStatus: readStatusFor(missing, ['record id', 'record name']),
    missing,
    ...(record ? { record } : {}),
    ...(accountName || domain
      ? { account: { ...(accountName ? { name: accountName } : {}), ...(domain ? { domain } : {}) } }
      : {}),
    people: uniquePeople(people),
  };
}

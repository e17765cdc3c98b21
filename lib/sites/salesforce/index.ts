import type { SiteReader } from '../site-reader';
import { readSalesforce } from './read-salesforce';
import { parseSalesforceUrl } from './salesforce-url';

/** Salesforce Lightning: Account, Opportunity and Contact record pages. */
export const salesforceReader: SiteReader = {
  app: 'salesforce',
  surface: 'crm',
  pageKinds: ['account', 'opportunity', 'contact', 'lead'],
  parseUrl: parseSalesforceUrl,
  read: readSalesforce,
};

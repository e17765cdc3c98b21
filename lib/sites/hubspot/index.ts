import type { SiteReader } from '../site-reader';
import { parseHubspotUrl } from './hubspot-url';
import { readHubspot } from './read-hubspot';

/** HubSpot CRM: company, contact and deal record pages (current and legacy URLs). */
export const hubspotReader: SiteReader = {
  app: 'hubspot',
  surface: 'crm',
  pageKinds: ['company', 'contact', 'deal'],
  parseUrl: parseHubspotUrl,
  read: readHubspot,
};

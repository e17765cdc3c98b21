/**
 * Every app Motive reads, by id. Content scripts and `sites:check` pick readers from here; a
 * meta-test checks each has fixtures for every page kind it declares.
 */
import type { AppId, Surface } from '../domain/vocabulary';
import { appForUrl } from './hosts';
import { dynamicsReader } from './dynamics';
import { gmailReader } from './gmail';
import { hubspotReader } from './hubspot';
import { meetReader } from './meet';
import { outlookReader } from './outlook';
import { pipedriveReader } from './pipedrive';
import { salesforceReader } from './salesforce';
import type { SiteReader } from './site-reader';
import { teamsReader } from './teams';
import { zoomReader } from './zoom';

export const SITE_READERS: Readonly<Record<AppId, SiteReader>> = {
  salesforce: salesforceReader,
  hubspot: hubspotReader,
  pipedrive: pipedriveReader,
  dynamics: dynamicsReader,
  gmail: gmailReader,
  outlook: outlookReader,
  meet: meetReader,
  zoom: zoomReader,
  teams: teamsReader,
};

/** The reader for `url` (by host, see hosts.ts), or undefined for pages Motive does not read. */
export function readerForUrl(url: string, surface?: Surface): SiteReader | undefined {
  const hosts = appForUrl(url);
  if (!hosts || (surface !== undefined && hosts.surface !== surface)) return undefined;
  return SITE_READERS[hosts.app];
}

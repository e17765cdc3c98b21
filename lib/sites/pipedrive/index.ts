import type { SiteReader } from '../site-reader';
import { parsePipedriveUrl } from './pipedrive-url';
import { readPipedrive } from './read-pipedrive';

/** Pipedrive: deal, person and organization detail pages. */
export const pipedriveReader: SiteReader = {
  app: 'pipedrive',
  surface: 'crm',
  pageKinds: ['deal', 'person', 'organization'],
  parseUrl: parsePipedriveUrl,
  read: readPipedrive,
};

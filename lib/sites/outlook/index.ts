import { pick } from '../dom/query';
import type { SiteReader } from '../site-reader';
import { composeBox } from './outlook-selectors';
import { parseOutlookUrl } from './outlook-url';
import { readOutlook } from './read-outlook';

/** Outlook on the web (work and consumer): the open conversation, the user, compose boxes. */
export const outlookReader: SiteReader = {
  app: 'outlook',
  surface: 'email',
  pageKinds: ['inbox', 'thread'],
  parseUrl: parseOutlookUrl,
  read: readOutlook,
  composeBox: (doc) => pick(doc, composeBox) as HTMLElement | null,
};
